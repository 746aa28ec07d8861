// invalid (scope33): a trait of one fn body implemented there for a top-level struct, its method called
// from a sibling fn, where the trait is not in scope (E0599)
struct S(u32);
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for S { fn get(&self) -> u32 { self.0 } }
    x
}
fn g(x: u32) -> u32 {
    let s = S(x);
    s.get() //~ ERROR no method named `get` found for struct `S` in the current scope
}
