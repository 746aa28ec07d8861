// invalid (issue 22, pmove26): a struct pattern inside a multi-variant enum's variant moves `w.0.1` while the enum is borrowed
struct P(u32, Guard);
enum E { A(P), B }
fn f() {
    let w = E::A(P(1, guard(2)));
    let r = &w;
    match w { E::A(P(k, g)) => observe(k), E::B => {} } //~ ERROR [E0505] cannot move out of `w.0.1` because it is borrowed
    let q = r;
}
