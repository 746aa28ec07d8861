// covers: the warnings rustc 1.95 prints with a borrow checker error (E0384 in g): every fn's typeck, match,
// unused_mut and liveness lints, the failing fn's too; no dead_code, no late lint pass (BadName, `1 + 2`).
struct bad_s { a: u32 }
fn f(c: u32) -> u32 { let mut m = 1; let u = 2; match c { _ => 1, 3 => 2 } }
fn g() -> u32 { let x = 1; x = 2; let mut k = 5; let q = 3; return 1; 7 }
fn h() { let z = 3; let mut n = 1; 1 + 2; }
fn BadName() {}
async fn af() -> u32 { let mut w = 1; let v = 9; 0 }

