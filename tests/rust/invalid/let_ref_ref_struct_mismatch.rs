// invalid (pat35): `let &&S { a, .. } = r;` with r a `&mut &S`: the outer `&` against `&mut`, E0308 at the
// pattern
struct S { a: u32 }
fn f(r: &mut &S) -> u32 {
    let &&S { a } = r; //~ ERROR [E0308] mismatched types
    a
}
