// invalid (bc36): `&mut e` while `re = &e` is still used by a later `let &E::A(v, _) = re;`: E0502
enum E { A(u32, u8) }
async fn f(n: u32) -> u32 {
    let mut e = E::A(n, 1);
    let re = &e;
    let m = &mut e; //~ ERROR [E0502] cannot borrow `e` as mutable because it is also borrowed as immutable
    let &E::A(v, _) = re;
    if let E::A(w, _) = m { *w += 1; }
    v
}
