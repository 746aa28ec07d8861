// invalid (issue 22, pmove26): a nested multi-variant enum pattern reads its discriminant at the scrutinee
enum E { A(u32), B }
struct S { k: u32, e: E }
fn f() {
    let mut s = S { k: 1, e: E::B };
    let r = &mut s;
    match s { S { e: E::A(x), .. } => observe(x), _ => observe(2) } //~ ERROR [E0503] cannot use `s.e` because it was mutably borrowed
    let q = r;
}
