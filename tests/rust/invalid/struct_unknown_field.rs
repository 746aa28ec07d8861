// invalid: a struct literal naming a field the struct does not have
struct P { a: u32 }
fn f() -> u32 {
    let p = P { a: 1, c: 2 }; //~ ERROR struct `P` has no field named `c`
    p.a
}
