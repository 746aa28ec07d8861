// invalid: `S { k: c @ ref mut d, .. }` with d used after: rustc's E0503 at c, naming `s.k` (bind31)
struct S { k: u32, j: u8 }
fn f(mut s: S) -> u32 {
    match s { S { k: c @ ref mut d, .. } => { *d = 2; c } } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
}
