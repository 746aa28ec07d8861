// invalid: a top binding moving out of an array element (E0508)
enum G { A, B(Guard) }
fn f(a: [G; 2], i: usize) -> u32 {
    match a[i] { G::A => 0, x => { let _d = x; 1 } } //~ ERROR [E0508] cannot move out of type `[G; 2]`, a non-copy array
}
