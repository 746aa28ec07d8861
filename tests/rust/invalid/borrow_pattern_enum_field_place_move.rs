// invalid (issue 22, pmove26): a match on an enum field place moves `s.e.1` while the struct is borrowed
enum E { A(u32, Guard), B }
struct S { k: u32, e: E }
fn f() {
    let s = S { k: 1, e: E::B };
    let r = &s;
    match s.e { E::A(x, g) => observe(x), _ => observe(2) } //~ ERROR [E0505] cannot move out of `s.e.1` because it is borrowed
    let q = r;
}
