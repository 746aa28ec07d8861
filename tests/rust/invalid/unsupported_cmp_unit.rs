// invalid: `()` compared with `==`: rustc calls `<() as PartialEq>::eq` (core implements it for `()`), the
// subset does not model that call; typeck refused nothing and the verifier failed on "Eq of ()" before
fn f(x: u32) -> bool {
    let mut o = 0;
    (o = x) == () //~ ERROR comparing values of type `()` with `==` is not supported
}
