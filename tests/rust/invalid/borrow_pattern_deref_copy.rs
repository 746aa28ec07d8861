// invalid (issue 22, pmove26): a struct pattern on a dereference copies `p.k` while a reborrow of `*p` is live
struct S { k: u32, g: Guard }
fn f(mut s: S) {
    let p = &mut s;
    let r = &mut *p;
    let S { k, .. } = *p; //~ ERROR [E0503] cannot use `p.k` because it was mutably borrowed
    let q = r;
}
