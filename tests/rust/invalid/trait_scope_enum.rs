// invalid (scope33): a method of a body's trait on a top-level enum, called in an async block of another
// fn (E0599)
enum E { A, B }
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for E { fn get(&self) -> u32 { match self { E::A => 1, E::B => 2 } } }
    x
}
async fn g() -> u32 {
    async {
        let e = E::B;
        e.get() //~ ERROR no method named `get` found for enum `E` in the current scope
    }.await
}
