// invalid (issue 22, pmove26): a `let` with a one-variant enum pattern moves a field out while a borrow of the enum is used later (E0505 at the binding)
enum W { A(u32, Guard) }
fn f() {
    let w = W::A(1, guard(2));
    let r = &w;
    let W::A(k, g) = w; //~ ERROR [E0505] cannot move out of `w.1` because it is borrowed
    let q = r;
}
