// warns: parameter patterns through references (pat35): unused bindings `x`, `b`, `y`, `z` and the needless
// `mut` of `&mut mut y`, at the binding as rustc 1.95 (a sync fn's and an async fn's)
struct S { a: u32, b: u32 }
fn f(&x: &u32, &S { a, b }: &S) -> u32 { a }
async fn g(n: u32, &mut mut y: &mut u32, &z: &u32) -> u32 { n }
fn main() { let s = S { a: 1, b: 2 }; let k = 1; let mut m = 2; f(&k, &s); let _ = g(1, &mut m, &k); }
