// invalid (ergo31): a match of a struct through the moved `&mut` variable r: the test of k (at the
// match), then the bindings v and k; rustc keeps the last whose place is no prefix of the kept one's:
// the second arm's k, a borrow
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 1 };
    let r = &mut s;
    let w = r;
    match r {
        S { k: 0, v } => {}
        S { k, .. } => {} //~ ERROR [E0382] borrow of moved value: `r`
    }
    0
}
