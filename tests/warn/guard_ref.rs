// covers: a `ref` / `ref mut` binding of a guarded arm is never an unused variable (warn35: rustc's MIR
// borrows its value for the guard's reference binding, a read for liveness); a by-value one is reported
fn f(x: u32, c: bool) -> u32 {
    let mut y = x;
    let p = match x { ref b if c => 1, _ => 2 };
    let q = match y { ref mut b if c => 1, _ => 2 };
    let r = match y { a @ ref mut b if c => a, _ => 2 };
    let s = match Some(x) { Some(ref b) if c => 1, _ => 2 };
    let t = match x { b if c => 1, _ => 2 };
    let u = match y { ref mut b if c => { *b = 3; 1 }, _ => 2 };
    p + q + r + s + t + u
}
fn main() { f(1, true); }
