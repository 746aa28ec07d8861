// invalid: the enum used whole after an if-let or-pattern moved a Guard out of it (E0382)
enum E { C(u32, Guard), D(Guard), N }
fn f(e: E) -> u32 {
    let a = if let E::C(_, g) | E::D(g) = e { 1 } else { 2 };
    match e { //~ ERROR use of partially moved value: `e`
        E::N => a,
        _ => 0,
    }
}
