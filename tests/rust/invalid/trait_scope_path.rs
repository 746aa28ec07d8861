// invalid (scope33): `S::get(&s)` of a trait of another fn's body (E0599)
struct S(u32);
async fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for S { fn get(&self) -> u32 { self.0 } }
    x
}
async fn g(x: u32) -> u32 {
    let s = S(x);
    S::get(&s) //~ ERROR no function or associated item named `get` found for struct `S` in the current scope
}
