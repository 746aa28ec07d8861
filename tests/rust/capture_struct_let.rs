// covers: struct patterns in `let`, `if let` and `while let` on a struct (or a field of one) an async
// block captures (issue 22 item 4). A `let` statement walks only its pattern (rustc 1.95's
// walk_local: the initializer is not borrowed), so `let Pair { a, g } = s;` captures `s.a` (by `&`,
// or copied in `async move`) and `s.g` (by value) and binds from those upvars with no PlaceMention;
// `..` and `_` fields stay with the parent. `if let` and `while let` borrow their whole initializer
// before the pattern (walk_local's borrow_expr of ExprKind::Let), so `if let P(3, g) = o.p` captures
// `o.p` by value and the match is on that upvar, with its PlaceMention. Guards moved out on one path
// only, held across an await inside the block, nested struct patterns, tuple structs
struct Pair { a: u32, g: Guard }
struct P(u32, Guard);
struct O { p: P, n: u32 }
struct T { x: u32, y: u32, z: u32 }
//@ args: let_ref 2
async fn let_ref(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 1) };
    let b = async { let Pair { a, g } = s; yield_now().await; a };
    observe(7);
    b.await
}
//@ args: let_move 3
async fn let_move(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 2) };
    async move { yield_now().await; let Pair { a, g } = s; a }.await
}
//@ args: let_copy_only 4
async fn let_copy_only(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 3) };
    let b = async { let Pair { a, .. } = s; yield_now().await; a + 1 };
    let r = b.await;
    r + s.a
}
//@ args: let_field 5
async fn let_field(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 4)), n: 2 };
    let b = async { yield_now().await; let P(k, _) = o.p; k + o.n };
    b.await
}
//@ args: let_field_move 6
async fn let_field_move(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 5)), n: 2 };
    let b = async { let P(k, g) = o.p; yield_now().await; observe(k); k };
    b.await + o.n
}
//@ args: let_nested 7
async fn let_nested(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 6)), n: 3 };
    async move { let O { p: P(k, g), n: m } = o; yield_now().await; k + m }.await
}
//@ args: let_tuple 8
async fn let_tuple(n: u32) -> u32 {
    let t = T { x: n, y: 1, z: 2 };
    async { let T { z, x, .. } = t; yield_now().await; x + z }.await
}
//@ args: let_one_path 1
async fn let_one_path(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 7) };
    let b = async { if n == 1 { let Pair { g, .. } = s; yield_now().await; 1 } else { 2 } };
    b.await
}
//@ args: if_let 3
async fn if_let(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 8)), n: 9 };
    async { yield_now().await; if let P(3, g) = o.p { 1 } else { o.n } }.await
}
//@ args: if_let_else 4
async fn if_let_else(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 8)), n: 9 };
    async { if let P(3, g) = o.p { yield_now().await; 1 } else { o.n } }.await
}
//@ args: if_let_var 0
async fn if_let_var(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 9) };
    let b = async { yield_now().await; if let Pair { a: 0, .. } = s { 5 } else { s.a } };
    b.await + s.a
}
//@ args: while_let 3
async fn while_let(n: u32) -> u32 {
    let mut o = O { p: P(n, guard(n + 10)), n: 0 };
    async { let mut t = 0; while let P(3, _) = o.p { yield_now().await; o.p.0 = 4; t += 1; } t }.await
}
