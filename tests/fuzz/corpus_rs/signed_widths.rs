// covers: signed integer types (i8 i16 i32 i64 isize usize) across awaits, unary minus, casts
//@ args: signed -3,-200
async fn signed(a: i8, b: i16) -> i64 {
    let c: i32 = -(a as i32) * 1000;
    let d: isize = b as isize;
    yield_now().await;
    let e: usize = (c as usize) % 7;
    let f: i64 = (c as i64) + (d as i64) - (e as i64);
    yield_now().await;
    f
}
