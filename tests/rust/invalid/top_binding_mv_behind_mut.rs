// invalid: a top binding moving out of a place behind a `&mut` reference (E0507)
enum G { A, B(Guard) }
fn f(r: &mut G) -> u32 {
    match *r { G::A => 0, x => { let _d = x; 1 } } //~ ERROR [E0507] cannot move out of `*r` which is behind a mutable reference
}
