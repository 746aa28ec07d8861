// invalid (issue 22, tree27): `S { n: 1, k: 0 }` tests n first (the candidate's first match pair, in the order written): the second arm is reached through the n test
struct S { k: u32, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.n;
    match s { //~ ERROR [E0503] cannot use `s.n` because it was mutably borrowed
        S { n: 1, k: 0 } => observe(1),
        S { k: 5, .. } => *r = c,
        _ => observe(3),
    }
}
