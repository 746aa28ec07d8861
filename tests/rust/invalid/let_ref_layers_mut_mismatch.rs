// invalid (pat36): `let &&mut S { .. } = &&s;`: the second layer `&mut` against `&S`: E0308 at it
struct S { a: u32, b: u32 }
fn f(n: u32) -> u32 {
    let s = S { a: n, b: 1 };
    let &&mut S { a, .. } = &&s; //~ ERROR [E0308] mismatched types
    a
}
