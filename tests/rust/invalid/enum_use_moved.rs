// invalid: an enum holding a Guard is moved, then matched
enum E { A, B(Guard) }
fn take(e: E) {}
fn f(e: E) -> u32 {
    take(e);
    match e { //~ ERROR use of moved value: `e`
        E::A => 0,
        _ => 1,
    }
}
