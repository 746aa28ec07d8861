// invalid: `x @ (1 | 2) | x @ true` on a u32 (rustc E0308 at `true`; bind33)
fn f(o: u32) -> u32 {
    match o { x @ (1 | 2) | x @ true => x, _ => 0 } //~ ERROR [E0308] mismatched types
}
