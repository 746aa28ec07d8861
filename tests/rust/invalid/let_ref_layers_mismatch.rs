// invalid (pat36): `let &mut &S { .. } = &mut &mut s;`: the second layer `&` against `&mut S`, rustc's
// E0308 at that `&`
struct S { a: u32, b: u32 }
fn f(n: u32) -> u32 {
    let mut s = S { a: n, b: 1 };
    let &mut &S { a, .. } = &mut &mut s; //~ ERROR [E0308] mismatched types
    a
}
