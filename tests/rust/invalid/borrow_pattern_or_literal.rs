// invalid (issue 22, pmove26): an or-pattern of literals in a struct pattern reads its field at the match's start
struct S { k: u32, g: Guard }
fn f() {
    let mut s = S { k: 1, g: guard(2) };
    let r = &mut s;
    match s { S { k: 0 | 1, .. } => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    let q = r;
}
