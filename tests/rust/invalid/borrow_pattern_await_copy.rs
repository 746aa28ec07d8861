// invalid (issue 22, pmove26): a `let` struct pattern between awaits copies a field while a `&mut` held across them is live
struct S { k: u32, g: Guard }
async fn f() {
    let mut s = S { k: 1, g: guard(2) };
    let r = &mut s;
    yield_now().await;
    let S { k, .. } = s; //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    yield_now().await;
    let q = r;
}
