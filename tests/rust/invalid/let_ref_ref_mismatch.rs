// invalid (refref33): `let &&x` against a `&&mut u32`: the inner `&` pattern meets a `&mut`
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &&mut y;
    let &&x = r; //~ ERROR [E0308] mismatched types
    x
}
