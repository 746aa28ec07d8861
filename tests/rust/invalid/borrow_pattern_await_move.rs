// invalid (issue 22, pmove26): a `let` struct pattern between awaits moves a field out while a borrow of it is held across them
struct S { k: u32, g: Guard }
async fn f() {
    let s = S { k: 1, g: guard(2) };
    let r = &s.g;
    yield_now().await;
    let S { k, g } = s; //~ ERROR [E0505] cannot move out of `s.g` because it is borrowed
    yield_now().await;
    let q = r;
}
