// invalid (issue 22, tree27): `match x { 1..=5 => .. }`: the range's comparisons read `x` at the range
fn f(mut x: u32, c: u32) {
    let r = &mut x;
    match x { 1..=5 => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *r = c;
}
