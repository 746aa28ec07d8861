// invalid: a Guard moved out by either alternative of an or-pattern leaves the enum partially moved
enum E { A(Guard), B(Guard, u8), N }
fn f(e: E) -> u32 {
    match e {
        E::A(g) | E::B(g, _) => { let h = g; }
        E::N => {}
    }
    let k = e; //~ ERROR use of partially moved value: `e`
    0
}
