// invalid: assigning a field through a shared reference (E0594)
struct S { a: u32 }
fn f(p: &S) {
    p.a = 1; //~ ERROR cannot assign to `p.a`, which is behind a `&` reference
}
