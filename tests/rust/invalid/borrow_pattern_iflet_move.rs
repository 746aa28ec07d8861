// invalid (issue 22, pmove26): an `if let` on a multi-variant enum moves a field out while the enum is borrowed (E0505 at the binding)
enum E { A(u32, Guard), B }
fn f() {
    let w = E::A(1, guard(2));
    let r = &w;
    if let E::A(k, g) = w { observe(k); } //~ ERROR [E0505] cannot move out of `w.1` because it is borrowed
    let q = r;
}
