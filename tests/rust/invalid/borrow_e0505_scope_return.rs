// invalid: as scope_return, the struct moved out while the loan of its field is in scope (E0505)
struct G { v: u32 }
fn take(g: G) -> u32 { g.v }
fn g(c: bool) -> u32 {
    let mut s = G { v: 1 };
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut s.v;
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    let t = take(s); //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    *q += 1;
    *p += 1;
    b + t
}
