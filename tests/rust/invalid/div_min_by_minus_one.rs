// invalid: `-128i8 / -1` overflows: rustc's deny-by-default unconditional_panic (promo39: it was accepted,
// and ran to the overflow panic)
fn f(n: u32) -> u32 {
    let r = -128i8 / -1; //~ ERROR this operation will panic at runtime
    r as u32 + n
}
