// invalid (issue 22, tree27): `S { k: 0, n: 1 } => .., S { k: 5, .. } => *r = c` with `r = &mut s.n`: the n test is on the way to the first arm only, but its pre-binding block's false edge (rustc's lower_match_tree) reaches the second arm's start, so rustc 1.95 rejects
struct S { k: u32, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.n;
    match s { //~ ERROR [E0503] cannot use `s.n` because it was mutably borrowed
        S { k: 0, n: 1 } => observe(1),
        S { k: 5, .. } => *r = c,
        _ => observe(3),
    }
}
