// invalid: rustc checks casts at the end of the fn: a type error after the cast is reported first
// (char28)
async fn f(a: u32) -> u32 {
    let c = a as char;
    let y: u32 = true; //~ ERROR [E0308] mismatched types
    c as u32 + y
}
