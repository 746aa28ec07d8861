// covers: integer literals in all forms: hex, octal, binary, underscores, every suffix, bool literals, max values
async fn lits() -> u64 {
    let a = 0xffu8;
    let b = 0o17u16;
    let c = 0b1010_1010u32;
    let d = 18_446_744_073_709_551_615u64;
    let e = -128i8;
    let f = 32767i16;
    let g = -2147483648i32;
    let h = 9_223_372_036_854_775_807i64;
    let i = 5usize;
    let j = -5isize;
    let t = true;
    let u = false;
    yield_now().await;
    let s = (a as u64) + (b as u64) + (c as u64) + (i as u64) + (f as u64);
    if t && !u { s ^ d } else { (e as u64) + (g as u64) + (h as u64) + (j as u64) }
}
