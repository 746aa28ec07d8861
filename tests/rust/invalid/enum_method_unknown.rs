// invalid (items31): a method call of a name no impl of the enum has (E0599)
enum E { A(u32), B }
impl E {
    fn val(&self) -> u32 { match self { E::A(v) => *v, E::B => 0 } }
}
fn f(x: u32) -> u32 {
    let e = E::A(x);
    e.value() //~ ERROR no method named `value` found for enum `E` in the current scope
}
