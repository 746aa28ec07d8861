// covers (warn31): the warnings rustc 1.95 prints with a resolve error (E0425 in g): every other fn's typeck,
// match, unused_mut and liveness lints, none of g's; no dead_code, no late lint pass (BadName, `1 + 2`).
struct bad_s { a: u32 }
fn f(c: u32) -> u32 { let mut m = 1; let u = 2; match c { _ => 1, 3 => 2 } }
fn g() -> u32 { let mut k = 5; let q = 3; nope + 1 }
fn h() { let z = 3; let mut n = 1; 1 + 2; return; let y = 1; }
fn BadName() {}
async fn af() -> u32 { let mut w = 1; let v = 9; 0 }
