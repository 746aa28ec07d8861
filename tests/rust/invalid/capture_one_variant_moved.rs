// invalid: the block consumes the Guard field `(w as A).1` of a one-variant enum (captured by
// value through the variant, `async move`), then the fn uses the whole enum
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async move { match w { W::A(x, g) => x } };
    let k = w; //~ ERROR use of partially moved value: `w`
    b.await
}
