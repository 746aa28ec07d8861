// invalid (issue 22, pmove26): a nested struct pattern moves a field of a field out while that field is borrowed
struct P(u32, Guard);
struct O { p: P, n: u32 }
fn f() {
    let o = O { p: P(1, guard(2)), n: 3 };
    let r = &o.p.1;
    let O { p: P(k, g), .. } = o; //~ ERROR [E0505] cannot move out of `o.p.1` because it is borrowed
    let q = r;
}
