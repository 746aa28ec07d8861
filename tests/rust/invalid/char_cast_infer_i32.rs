// invalid: an integer variable still unknown at the end of the fn falls back to i32 before rustc
// checks the cast (char28)
async fn f(a: u8) -> u32 {
    let x = 65;
    yield_now().await;
    let c = x as char; //~ ERROR [E0604] only `u8` can be cast as `char`, not `i32`
    c as u32 + a as u32
}
