// issue 22 (pmove26): enum patterns in a `let` inside an async block capturing the enum (a one-variant enum:
// its fields read in place; several variants: the discriminant read, the place captured whole), and a field of
// a struct matched so; compare_mir equal in four configs
enum W { A(u32, Guard) }
enum E { A(u32, Guard), B(u32) }
struct O { w: W, e: E, n: u32 }
//@ args: one_variant 3
async fn one_variant(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async { let W::A(k, _) = w; yield_now().await; k };
    b.await
}
//@ args: one_variant_move 4
async fn one_variant_move(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async { let W::A(k, g) = w; yield_now().await; k };
    b.await
}
//@ args: multi 5
async fn multi(n: u32) -> u32 {
    let e = if n > 3 { E::A(n, guard(n)) } else { E::B(n) };
    let b = async { let (E::A(k, _) | E::B(k)) = e; yield_now().await; k };
    b.await
}
//@ args: field_one 6
async fn field_one(n: u32) -> u32 {
    let o = O { w: W::A(n, guard(n)), e: E::B(n), n: 1 };
    let b = async { let W::A(k, _) = o.w; yield_now().await; k + o.n };
    b.await
}
//@ args: field_multi 7
async fn field_multi(n: u32) -> u32 {
    let o = O { w: W::A(n, guard(n)), e: E::B(n), n: 1 };
    let b = async move { let (E::A(k, _) | E::B(k)) = o.e; yield_now().await; k };
    b.await
}
