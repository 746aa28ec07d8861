// invalid (mref39): three layers over a `let`'s struct pattern, the third `&mut` against a shared layer:
// E0308 at the third `&`
struct S { a: u32, b: u32 }
fn f(s: &S) -> u32 {
    let &&&mut S { a, .. } = &&s; //~ ERROR [E0308] mismatched types
    a
}
