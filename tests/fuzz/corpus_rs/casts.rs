// covers: `as` casts between every pair of integer widths, truncation and sign extension, literal suffixes
//@ args: casts 300
async fn casts(x: u32) -> u64 {
    let a = x as u8;
    let b = (x as i8) as i64;
    let c = 0xffu8 as i8;
    let d = -1i32 as u16;
    yield_now().await;
    let e = 7usize as isize;
    let f = 1_000u64 as u16;
    (a as u64) + (b as u64) + (c as u64) + (d as u64) + (e as u64) + (f as u64)
}
