// invalid: `match &s` borrows the whole of `s` while `k` lives: assigning `s.v` is E0506
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    match &s { S { k, .. } => { s.v += 1; *k } } //~ ERROR [E0506] cannot assign to `s.v` because it is borrowed
}
