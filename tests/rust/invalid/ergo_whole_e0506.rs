// invalid: `match &mut s` borrows the whole of `s` while `k` lives (rustc's bindings reborrow through
// the temporary `&mut s`): assigning another field meanwhile is E0506 (it was accepted: the loan was
// of `s.k` only)
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    match &mut s { S { k, .. } => { s.v = 1; *k += 1 } } //~ ERROR [E0506] cannot assign to `s.v` because it is borrowed
    s.k
}
