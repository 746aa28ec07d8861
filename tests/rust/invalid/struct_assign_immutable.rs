// invalid: assignment to a field of an immutable binding
struct P { a: u32 }
fn f() -> u32 {
    let p = P { a: 1 };
    p.a = 2; //~ ERROR cannot assign to `p.a`, as `p` is not declared as mutable
    p.a
}
