// invalid (issue 22, tree27): `match *p { 0 => .. }` on a `&mut u32`: `*p` at the match's start
fn f(p: &mut u32, c: u32) {
    let r = &mut *p;
    match *p { 0 => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `*p` because it was mutably borrowed
    *r = c;
}
