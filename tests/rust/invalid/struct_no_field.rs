// invalid: access to a field the struct does not have
struct P { a: u32 }
fn f() -> u32 {
    let p = P { a: 1 };
    p.b //~ ERROR no field `b` on type `P`
}
