// invalid (issue 22, pmove26): a `match` arm's binding moves a one-variant enum's field out while it is borrowed (E0505 at the binding)
enum W { A(u32, Guard) }
fn f() {
    let w = W::A(1, guard(2));
    let r = &w;
    match w { W::A(k, g) => observe(k) } //~ ERROR [E0505] cannot move out of `w.1` because it is borrowed
    let q = r;
}
