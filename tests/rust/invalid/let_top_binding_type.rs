// invalid: `let k @ true = x;` with x a u8 (E0308 at the literal, bind29)
fn f(x: u8) -> u8 {
    let k @ true = x; //~ ERROR [E0308] mismatched types
    k
}
