// covers (warn31): a type error in g and one in h: the first reported; every other fn's typeck, match,
// unused_mut and liveness lints, none of g's or h's; the async fn's before the sync fns' unreachable_code.
fn f(c: u32) -> u32 { let mut m = 1; let u = 2; match c { _ => 1, 3 => 2 } }
fn g() -> u32 { let mut k = 5; let q = 3; true }
fn h() -> bool { let z = 3; 1 }
fn i() -> u32 { return 2; let mut t = 1; 3 }
async fn af() -> u32 { let mut w = 1; let v = 9; return 0; 1 }
