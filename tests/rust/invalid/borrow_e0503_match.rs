// invalid: a match reads the enum while a `&mut` of it is live (E0503)
enum E { A, B(u32) }
fn f() -> u32 {
    let mut e = E::B(1);
    let m = &mut e;
    let n = match e { //~ ERROR [E0503] cannot use `e` because it was mutably borrowed
        E::A => 0,
        E::B(x) => x,
    };
    *m = E::A;
    n
}
