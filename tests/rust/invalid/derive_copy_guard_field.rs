// invalid: a struct deriving Copy with a field that is not Copy (E0204, at the struct's name)
#[derive(Clone, Copy)]
struct S { a: u32, g: Guard } //~ ERROR [E0204] the trait `Copy` cannot be implemented for this type
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    s.a
}
