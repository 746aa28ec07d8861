// invalid: `&[&1, &2]` where a reference type is expected (an annotated `let`, a call's argument): rustc
// coerces every element to the expected `&u32` (a reborrow each, the first too); promo39 promotes the
// array of borrows only without an expected type (`let r = &[&1u32, &2];`: the first element fixes it)
fn f(n: u32) -> u32 {
    let r: &[&u32; 2] = &[&1, &2]; //~ ERROR not supported
    *(*r)[0] + n
}
