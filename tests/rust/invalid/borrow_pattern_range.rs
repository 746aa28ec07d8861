// invalid (issue 22, pmove26): a range pattern in a struct pattern reads its field at the range
struct S { k: u32, b: bool }
fn f() {
    let mut s = S { k: 1, b: true };
    let r = &mut s;
    match s { S { k: 1..=4, .. } => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    let q = r;
}
