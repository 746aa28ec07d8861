// invalid: a field assigned while a `ref` binding of it is live (E0506)
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    let S { ref k, .. } = s;
    s.k = 5; //~ ERROR [E0506] cannot assign to `s.k` because it is borrowed
    *k + s.v
}
