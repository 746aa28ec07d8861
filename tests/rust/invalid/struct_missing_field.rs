// invalid: a struct literal without one of the fields
struct P { a: u32, b: bool }
fn f() -> u32 {
    let p = P { a: 1 }; //~ ERROR missing field `b` in initializer of `P`
    p.a
}
