// covers: the warnings rustc 1.95 prints with a match checking error (E0004 in g): g's match lints but not its
// unused_mut and liveness (its MIR is not built); the other fns' all; no dead_code (E is never used by a live fn).
enum E { A, B }
fn f(c: u32) -> u32 { let mut m = 1; let u = 2; match c { _ => 1, 3 => 2 } }
fn g(e: E) -> u32 { let mut k = 5; let q = 3; match 3u8 { 0 => 1, _ => 2, 4 => 5 }; match e { E::A => 1 } }
fn h() { let z = 3; }

