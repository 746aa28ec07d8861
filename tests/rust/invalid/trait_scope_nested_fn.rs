// invalid (scope33): a trait of a nested fn's body is not in scope in its outer fn (E0599)
struct S(u32);
fn f(x: u32) -> u32 {
    fn inner(s: &S) -> u32 {
        trait Get { fn get(&self) -> u32; }
        impl Get for S { fn get(&self) -> u32 { self.0 } }
        s.get()
    }
    let s = S(x);
    inner(&s) + s.get() //~ ERROR no method named `get` found for struct `S` in the current scope
}
