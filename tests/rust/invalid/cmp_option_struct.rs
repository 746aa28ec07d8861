// invalid: Option of a struct without PartialEq compared: core's `impl PartialEq for Option<T>` needs
// `T: PartialEq`, rustc's E0369 at the operator (cmp39)
struct S {
    a: u32,
}
fn f(x: u32) -> bool {
    let a = Some(S { a: x });
    a == None //~ ERROR [E0369] binary operation `==` cannot be applied to type `Option<S>`
}
