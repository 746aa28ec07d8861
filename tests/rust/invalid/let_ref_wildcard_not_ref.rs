// invalid (pat36): `let &&_ = &o;`: the second `&` against `Option<u32>`, no reference: E0308
fn f(n: u32) -> u32 {
    let o = Some(n);
    let &&_ = &o; //~ ERROR [E0308] mismatched types
    n
}
