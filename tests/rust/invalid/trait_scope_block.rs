// invalid (scope33): a trait of an inner block, its method called after that block: not in scope (E0599)
fn f(x: u32) -> u32 {
    struct S(u32);
    {
        trait Get { fn get(&self) -> u32; }
        impl Get for S { fn get(&self) -> u32 { self.0 } }
    }
    let s = S(x);
    s.get() //~ ERROR no method named `get` found for struct `S` in the current scope
}
