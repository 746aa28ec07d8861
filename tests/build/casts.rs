// covers: widening, narrowing, sign-changing casts, bool to int, identity cast, literal casts
fn casts(a: u32, b: i64, c: bool) -> u64 {
    let x = a as u8;
    let y = b as u32;
    let z = c as u64;
    let w = a as u32;
    let v = -1i8 as u16;
    (x as u64) + (y as u64) + z + (w as u64) + (v as u64)
}
