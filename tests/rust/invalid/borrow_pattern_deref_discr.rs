// invalid (issue 22, tree27): `match *p { W::B => .. }`: the discriminant of `*p` at the scrutinee
enum W { A(u32, u32), B }
fn f(p: &mut W, c: u32) {
    let r = &mut *p;
    match *p { W::B => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `*p` because it was mutably borrowed
    let q = r;
}
