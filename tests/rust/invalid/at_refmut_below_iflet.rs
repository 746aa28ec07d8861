// invalid: `if let a @ ref mut b @ 0..=9 = x` with b used in the block: rustc's E0503 at a (bind31)
fn f(mut x: u32) -> u32 {
    if let a @ ref mut b @ 0..=9 = x { *b += a; } //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    x
}
