// Checks arith.rs against the host's operators (run by `make cortex-m-core-check`): edge values
// of every width and sign, and a million pseudo-random pairs of each kind.
mod arith {
    include!("arith.rs");
}
use arith::*;

fn main() {
    let edges32: [u32; 12] = [0, 1, 2, 3, 7, 0xff, 0xffff, 0x7fff_ffff, 0x8000_0000, 0x8000_0001, 0xffff_fffe, 0xffff_ffff];
    let edges64: [u64; 14] = [0, 1, 2, 3, 1000, 0xffff_ffff, 0x1_0000_0000, 0x1_0000_0001, 0x7fff_ffff_ffff_ffff,
        0x8000_0000_0000_0000, 0x8000_0000_0000_0001, 0xffff_ffff_0000_0000, 0xffff_ffff_ffff_fffe, 0xffff_ffff_ffff_ffff];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; seed };
    let mut checked = 0u64;
    let mut pairs32: Vec<(u32, u32)> = Vec::new();
    let mut pairs64: Vec<(u64, u64)> = Vec::new();
    for &a in &edges32 { for &b in &edges32 { pairs32.push((a, b)); } }
    for &a in &edges64 { for &b in &edges64 { pairs64.push((a, b)); } }
    for _ in 0..1_000_000 {
        let (a, b) = (next(), next());
        let shift = (next() % 64) as u32;
        pairs32.push((a as u32, (b as u32) >> (shift % 32)));
        pairs64.push((a, b >> shift));
    }
    for &(n, d) in &pairs32 {
        assert_eq!(clz32(n), n.leading_zeros(), "clz32({n})");
        let wide = (n as u64) * (d as u64);
        assert_eq!(mul32_wide(n, d), (wide as u32, (wide >> 32) as u32), "mul32_wide({n}, {d})");
        checked += 2;
        if d == 0 { continue; }
        assert_eq!(udivmod32(n, d), (n / d, n % d), "udivmod32({n}, {d})");
        let (sn, sd) = (n as i32, d as i32);
        if !(sn == i32::MIN && sd == -1) {
            assert_eq!(idivmod32(sn, sd), (sn / sd, sn % sd), "idivmod32({sn}, {sd})");
        }
        checked += 2;
    }
    for &(n, d) in &pairs64 {
        assert_eq!(mul64(n, d), n.wrapping_mul(d), "mul64({n}, {d})");
        let s = (d % 64) as u32;
        assert_eq!(shl64(n, s), n << s, "shl64({n}, {s})");
        assert_eq!(lshr64(n, s), n >> s, "lshr64({n}, {s})");
        assert_eq!(ashr64(n as i64, s), (n as i64) >> s, "ashr64({n}, {s})");
        checked += 4;
        if d == 0 { continue; }
        assert_eq!(udivmod64(n, d), (n / d, n % d), "udivmod64({n}, {d})");
        let (sn, sd) = (n as i64, d as i64);
        if !(sn == i64::MIN && sd == -1) {
            assert_eq!(idivmod64(sn, sd), (sn / sd, sn % sd), "idivmod64({sn}, {sd})");
        }
        checked += 2;
    }
    println!("arith.rs: {checked} results (clz, wide and 64-bit products, 64-bit shifts, quotient/remainder pairs) equal the host's");
}
