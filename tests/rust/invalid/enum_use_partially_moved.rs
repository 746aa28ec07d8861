// invalid: an enum used after a match moved a Guard out of it
enum E { A, B(Guard) }
fn f(e: E) -> u32 {
    let n = match e {
        E::A => 0,
        E::B(g) => 1,
    };
    match e { //~ ERROR use of partially moved value: `e`
        E::A => n,
        _ => 2,
    }
}
