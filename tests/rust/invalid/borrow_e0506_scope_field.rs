// invalid: as scope_return on a struct field (E0506)
struct S { a: u32, b: u32 }
fn g(c: bool) -> u32 {
    let mut s = S { a: 1, b: 2 };
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let mut p = &mut s.a;
    if c { q = p; *q += 1; return 1; }
    p = &mut y;
    s.a = 5; //~ ERROR [E0506] cannot assign to `s.a` because it is borrowed
    *q += 1;
    *p += 1;
    s.b + x
}
