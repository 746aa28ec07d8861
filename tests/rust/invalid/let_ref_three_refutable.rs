// invalid (mref39): a variant pattern under three layers in a `let`: E0005, the witness through them
enum E { A(u32), B }
fn f(e: &E) -> u32 {
    let &&&E::A(v) = &&e; //~ ERROR [E0005] refutable pattern in local binding
    v
}
