// invalid (issue 22, pmove26): a pattern on a field place (`let P(k, g) = o.p`) moves `o.p.1` while `o` is borrowed
struct P(u32, Guard);
struct O { p: P, n: u32 }
fn f() {
    let o = O { p: P(1, guard(2)), n: 3 };
    let r = &o;
    let P(k, g) = o.p; //~ ERROR [E0505] cannot move out of `o.p.1` because it is borrowed
    let q = r;
}
