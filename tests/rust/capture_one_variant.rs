// covers: a one-variant enum matched inside an async block that captures it (issue 22 item 4):
// its pattern reads no discriminant (rustc 1.95 walk_pat: not a multi-variant ADT), so edition
// 2021 captures only the bound fields' places, through the variant: `(w as A).0` copied by `&`
// (`_ref__w__0`) or by value in `async move` (`w__0`), a Guard bound by value consumed (`w__1`,
// moved out of the enum into the block); no PlaceMention of the scrutinee, which the block has
// no place for. Tuple and struct variants, `_` fields (nothing captured), a field path
// (`t.w`, `_ref__t__w__0`), the enum also borrowed whole in the block (then it is captured and
// matched in place), nested blocks, a Guard moved and dropped across an await
enum W { A(u32, Guard) }
enum V { S { n: u32, g: Guard, k: u8 } }
struct T { a: u32, w: W }
//@ args: by_value 3
async fn by_value(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async move { yield_now().await; match w { W::A(x, _) => x } }.await
}
//@ args: mixed 4
async fn mixed(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async { yield_now().await; match w { W::A(x, g) => { yield_now().await; x } } }.await
}
//@ args: struct_variant 5
async fn struct_variant(n: u32) -> u32 {
    let v = V::S { n, g: guard(n), k: 3 };
    let b = async { yield_now().await; match v { V::S { k, n, .. } => n + k as u32 } };
    b.await
}
//@ args: struct_move 6
async fn struct_move(n: u32) -> u32 {
    let v = V::S { n, g: guard(n), k: 3 };
    let b = async { match v { V::S { g, n, .. } => { yield_now().await; n } } };
    b.await
}
//@ args: field_path 7
async fn field_path(n: u32) -> u32 {
    let t = T { a: n, w: W::A(n, guard(n)) };
    let b = async { yield_now().await; match t.w { W::A(x, g) => x } };
    b.await + t.a
}
//@ args: field_move 8
async fn field_move(n: u32) -> u32 {
    let t = T { a: n, w: W::A(n, guard(n)) };
    let b = async move { yield_now().await; match t.w { W::A(_, g) => { let h = g; t.a } } };
    b.await
}
//@ args: read_after 2
async fn read_after(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async { yield_now().await; match w { W::A(x, _) => x } };
    let r = b.await;
    match w { W::A(x, g) => r + x }
}
//@ args: unread 1
async fn unread(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async { yield_now().await; match w { W::A(_, _) => 1 } }.await
}
//@ args: whole_too 2
async fn whole_too(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async { yield_now().await; let r = &w; match w { W::A(x, _) => x } }.await
}
//@ args: nested 3
async fn nested(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async { let inner = async { yield_now().await; match w { W::A(x, _) => x } }; inner.await + 1 }.await
}
//@ args: moved_in 4
async fn moved_in(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async move { match w { W::A(x, g) => { yield_now().await; x } } };
    yield_now().await;
    b.await
}
