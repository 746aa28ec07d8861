// invalid (issue 22, tree27): `match *p { W::A(0, _) => .. }`: `p.0` at the match's start (coroslim took the scrutinee for a move out of `*p`)
enum W { A(u32, u32), B }
fn f(p: &mut W, c: u32) {
    let r = &mut *p;
    match *p { W::A(0, _) => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `p.0` because it was mutably borrowed
    let q = r;
}
