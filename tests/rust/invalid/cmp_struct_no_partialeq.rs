// invalid: a struct item without PartialEq compared: rustc's E0369
struct S { a: u32 }
fn f(x: u32) -> bool {
    let s = S { a: x };
    s == S { a: 1 } //~ ERROR [E0369] binary operation `==` cannot be applied to type `S`
}
