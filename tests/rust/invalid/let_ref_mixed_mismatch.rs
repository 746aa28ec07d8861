// invalid (pat35): `let &&mut x = &&y;`: the pattern's second layer is `&mut`, the value's `&`: E0308
// at the second `&`
fn f(n: u32) -> u32 {
    let y = n;
    let &&mut x = &&y; //~ ERROR [E0308] mismatched types
    x
}
