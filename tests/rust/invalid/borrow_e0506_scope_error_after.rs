// invalid: as borrow_e0506_scope_return, with a use of a moved value after the write: the first walk
// (laying the events down) stops at that error, and its graph up to there still puts the write in the
// loan's scope; rustc reports the write first (E0506)
struct G { v: u32 }
fn take(g: G) -> u32 { g.v }
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    let s = G { v: 1 };
    let t = take(s);
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    *p += 1;
    b + take(s) + t
}
