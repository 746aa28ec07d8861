// invalid (not supported): an impl block of an enum item (rustc accepts it; only struct items take impls here)
enum E { A(u32), B }
impl E { //~ ERROR impl blocks on `E` are not supported (only on struct items)
    fn val(&self) -> u32 { match self { E::A(v) => *v, E::B => 0 } }
}
fn f(x: u32) -> u32 { E::A(x).val() + E::B.val() }
