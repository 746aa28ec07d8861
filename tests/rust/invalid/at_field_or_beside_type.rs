// invalid (pat36): `Some(x @ (1 | 2) | x @ true)` on an `Option<u32>`: rustc's E0308 at `true`
fn f(o: Option<u32>) -> u32 {
    match o { Some(x @ (1 | 2) | x @ true) => 1, _ => 0 } //~ ERROR [E0308] mismatched types
}
