// invalid (pat36): `let &mut &E::A(v) = &mut &e;` is refutable: E0005, the witness spelled through both
// layers
enum E { A(u32), B }
fn f(n: u32) -> u32 {
    let e = E::A(n);
    let &mut &E::A(v) = &mut &e; //~ ERROR [E0005] refutable pattern in local binding
    v
}
