// invalid (issue 22, pmove26): a one-variant enum pattern copies a field while the enum is mutably borrowed (E0503 at the binding)
enum W { A(u32, Guard) }
fn f() {
    let mut w = W::A(1, guard(2));
    let r = &mut w;
    let W::A(k, _) = w; //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
