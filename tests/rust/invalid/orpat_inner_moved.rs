// invalid: a Guard moved out through an or-pattern inside a variant pattern leaves the Option
// partially moved
enum E { A(Guard), B(Guard, u8), N }
fn f(o: Option<E>) -> u32 {
    match o {
        Some(E::A(g) | E::B(g, _)) => { let h = g; }
        _ => {}
    }
    let k = o; //~ ERROR [E0382] use of partially moved value: `o`
    0
}
