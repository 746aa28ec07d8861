// invalid (issue 22, pmove26): a one-variant enum pattern inside a struct pattern moves `o.w.1` while `o.w` is borrowed
enum W { A(u32, Guard) }
struct O { w: W, n: u32 }
fn f() {
    let o = O { w: W::A(1, guard(2)), n: 3 };
    let r = &o.w;
    let O { w: W::A(k, g), .. } = o; //~ ERROR [E0505] cannot move out of `o.w.1` because it is borrowed
    let q = r;
}
