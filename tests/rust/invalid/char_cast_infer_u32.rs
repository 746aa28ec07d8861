// invalid: the cast is checked at the end of the fn, with the type a later statement gave the
// variable (char28)
async fn f(a: u8) -> u32 {
    let x = 65;
    let c = x as char; //~ ERROR [E0604] only `u8` can be cast as `char`, not `u32`
    let y: u32 = x;
    c as u32 + y + a as u32
}
