// invalid (issue 22, tree27): `match s.k { 0 => .. }`: the SwitchInt reads `s.k` at the match's start, not at the scrutinee
struct S { k: u32, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.k;
    match s.k { 0 => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    *r = c;
}
