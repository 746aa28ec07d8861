// invalid: `let &mut x` of a promoted `&5u32` (promo36; rustc E0308)
fn f(n: u32) -> u32 {
    let &mut x = &5u32; //~ ERROR [E0308] mismatched types
    x + n
}
