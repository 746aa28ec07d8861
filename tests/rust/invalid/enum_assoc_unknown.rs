// invalid (items31): a path call `E::m(..)` of a name that is neither a variant nor an associated fn
enum E { A(u32), B }
impl E {
    fn val(&self) -> u32 { match self { E::A(v) => *v, E::B => 0 } }
}
fn f(x: u32) -> u32 {
    E::make(x).val() //~ ERROR no variant or associated item named `make` found for enum `E` in the current scope
}
