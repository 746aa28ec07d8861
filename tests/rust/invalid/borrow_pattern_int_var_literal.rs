// invalid (issue 22, tree27): `match x { 0 => .. }`: the SwitchInt reads `x` at the match's start
fn f(mut x: u32, c: u32) {
    let r = &mut x;
    match x { 0 => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *r = c;
}
