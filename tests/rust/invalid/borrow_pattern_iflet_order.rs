// invalid (issue 22, pmove26): an `if let` whose binding comes before the scrutinee: the binding's read is reported first, as rustc sorts by span
enum E { A(u32), B }
struct S { k: u32, e: E }
fn f() {
    let mut s = S { k: 1, e: E::B };
    let r = &mut s;
    if let S { e: E::A(x), .. } = s { observe(x); } //~ ERROR [E0503] cannot use `s.e.0` because it was mutably borrowed
    let q = r;
}
