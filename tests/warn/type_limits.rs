// covers: unused_comparisons (warn35, rustc's TypeLimits, a late lint): an integer literal compared with
// a value so that the result never depends on it, either side; not a negated literal nor a const
fn f(x: u32, y: i8, z: usize, b: u8) -> bool {
    let a = x < 0;
    let c = x >= 0;
    let d = 0 > x;
    let e = 0 <= x;
    let g = y > 127;
    let h = y < -128;
    let i = y <= 127;
    let k = b != 255;
    let l = z > 0;
    let m = (0u32 > 1) || (2553u32 <= 8);
    let n = b < 255;
    a || c || d || e || g || h || i || k || l || m || n
}
fn main() { f(1, 2, 3, 4); }
