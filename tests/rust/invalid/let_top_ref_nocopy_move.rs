// invalid: `let ref r @ S { .. } = s;` of a value that is not Copy, then s moved while r is used:
// rustc's E0505 (bind31)
struct S { k: u32, g: Guard }
fn take(s: S) -> u32 { s.k }
fn f(s: S) -> u32 {
    let ref r @ S { .. } = s;
    let n = take(s); //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    n + r.k
}
