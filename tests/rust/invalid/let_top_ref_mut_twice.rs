// invalid: `let ref mut w @ S { .. } = s;` then s read while w is used: rustc's E0503 (bind31)
struct S { k: u32, g: Guard }
fn f(mut s: S) -> u32 {
    let ref mut w @ S { .. } = s;
    let n = s.k; //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    w.k += 1;
    n
}
