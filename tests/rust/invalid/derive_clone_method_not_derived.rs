// invalid: `s.clone()` of a struct deriving no Clone (E0599 at the method name)
struct S { a: u32 }
fn f(s: S) -> u32 {
    let t = s.clone(); //~ ERROR [E0599] no method named `clone` found for struct `S` in the current scope
    t.a
}
