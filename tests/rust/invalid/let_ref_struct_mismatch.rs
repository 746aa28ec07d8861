// invalid (refref33): a `&` struct pattern against a `&mut` initializer
struct S { a: u32 }
fn f(n: u32) -> u32 {
    let mut s = S { a: n };
    let &S { a } = &mut s; //~ ERROR [E0308] mismatched types
    a
}
