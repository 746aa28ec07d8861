// Appended to the identity check's crate (check_core.py) beside corpus programs: generic and
// inlined core code beyond what async fns use, whose instances are compiled into the checking
// crate from core's MIR, so they differ if the rebuilt core's MIR does; and panics inside core
// whose Locations name core's files (/rustc/<commit>/library/core/src/...).
pub mod probe {
    use core::fmt::Write;
    use core::hint::black_box;

    pub fn root_probe_digits(r: u32) -> Option<u32> {
        'a'.to_digit(black_box(r)) // panics in char/methods.rs for r > 36
    }
    pub fn root_probe_from_digit(d: u32, r: u32) -> Option<char> {
        char::from_digit(black_box(d), black_box(r))
    }
    pub fn root_probe_step_by(v: &[u32], n: usize) -> u32 {
        v.iter().step_by(n).sum() // step_by(0) panics in iter/adapters/step_by.rs
    }
    pub fn root_probe_sort(v: &mut [u16]) {
        v.sort_unstable();
    }
    pub fn root_probe_parse(s: &str) -> Result<u32, core::num::ParseIntError> {
        s.trim().parse::<u32>()
    }
    pub fn root_probe_chunks(v: &[u8], n: usize) -> usize {
        v.chunks_exact(n).map(|c| c.iter().map(|&b| b as usize).sum::<usize>()).max().unwrap_or(0)
    }

    struct Buf {
        bytes: [u8; 32],
        len: usize,
    }
    impl Write for Buf {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.len + s.len();
            if end > self.bytes.len() {
                return Err(core::fmt::Error);
            }
            self.bytes[self.len..end].copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    pub fn root_probe_format(x: u32, y: i16) -> usize {
        let mut b = Buf { bytes: [0; 32], len: 0 };
        let _ = write!(b, "{x:>6}/{y:#x}");
        b.len
    }
}
