// invalid (scope33): a method of a body's trait called on a reference outside the body (E0599)
struct S(u32);
fn f(x: u32) -> u32 {
    trait Get { fn get(&mut self) -> u32; }
    impl Get for S { fn get(&mut self) -> u32 { self.0 } }
    x
}
fn g(s: &mut S) -> u32 {
    s.get() //~ ERROR no method named `get` found for mutable reference `&mut S` in the current scope
}
