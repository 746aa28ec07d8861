// invalid: an explicit `ref k` through `&mut s` reborrows the temporary `&mut s`: reading another
// field of `s` while `k` lives is E0503
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    match &mut s { S { ref k, .. } => { let y = s.v; *k + y } } //~ ERROR [E0503] cannot use `s.v` because it was mutably borrowed
}
