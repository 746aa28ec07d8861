// covers: a struct, or a field of one, matched by a struct pattern inside an async block that
// captures it (issue 22 item 4). rustc 1.95's ExprUseVisitor walks the pattern (walk_pat): a
// struct pattern reads nothing of its own, a literal or range borrows the field it tests, a
// binding copies (by `&`) or consumes (by value) its field, `_` and `..` read nothing, a variant
// of an enum of several variants borrows the enum field (its discriminant), a one-variant enum's
// fields are reached through the variant; so edition 2021 captures the fields' places (`s.a`,
// `o.p.1`, `(r.w as A).0`), not the struct, and the block's match has no place for its scrutinee:
// no PlaceMention, no FakeRead, its tests and bindings on the upvars. Guard fields moved out in one
// arm only (a drop flag for the by-value upvar), a Guard held across an await inside the block, a
// struct whose Guard fields stay with the parent while a Copy field is read by `&`, nested struct
// fields, or-patterns and ranges in fields, nested blocks, the struct also used whole; a Guard moved out
// of an enum field (the enum captured by value) and through a one-variant enum field's variant
struct S { a: u32, b: u32 }
struct Pair { a: u32, g: Guard }
struct P(u32, Guard);
struct O { p: P, n: u32 }
enum E { A(u32), B }
struct Q { e: E, n: u32 }
enum W { A(u32, Guard) }
struct R { w: W, k: u8 }
struct D { g: Guard, k: u32, h: Guard }
enum F { A(u32), B(Guard) }
struct U { e: F, n: u32 }
//@ args: lit_ref 0
async fn lit_ref(n: u32) -> u32 {
    let s = S { a: n, b: n + 5 };
    let b = async { yield_now().await; match s { S { a: 0, b } => b, S { a, .. } => a + 1 } };
    b.await + s.b
}
//@ args: lit_ref_other 4
async fn lit_ref_other(n: u32) -> u32 {
    let s = S { a: n, b: n + 5 };
    let b = async { match s { S { a: 0, b } => b, S { a, .. } => { yield_now().await; a + 1 } } };
    let r = b.await;
    r + s.a
}
//@ args: lit_move 0
async fn lit_move(n: u32) -> u32 {
    let s = S { a: n, b: 2 };
    async move { yield_now().await; match s { S { a: 0, b } => b, _ => 7 } }.await
}
//@ args: guard_one_arm 0
async fn guard_one_arm(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 10) };
    let b = async { match s { Pair { a: 0, g } => { observe(1); 1 } Pair { a, .. } => { yield_now().await; a } } };
    observe(2);
    b.await
}
//@ args: guard_other_arm 3
async fn guard_other_arm(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 10) };
    let b = async { yield_now().await; match s { Pair { a: 0, g } => 1, Pair { a, .. } => a } };
    observe(2);
    b.await
}
//@ args: guard_move_block 5
async fn guard_move_block(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 10) };
    let b = async move { match s { Pair { a: 5, g } => { yield_now().await; let h = g; 1 } _ => 2 } };
    yield_now().await;
    b.await
}
//@ args: held 1
async fn held(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 20) };
    let b = async { match s { Pair { a: 1, g } => { yield_now().await; observe(3); 5 } Pair { a, .. } => a } };
    yield_now().await;
    b.await
}
//@ args: drop_field_ref 5
async fn drop_field_ref(n: u32) -> u32 {
    let d = D { g: guard(n), k: n, h: guard(n + 1) };
    let b = async { yield_now().await; match d { D { k: 5, .. } => 1, D { k, .. } => k } };
    let r = b.await;
    observe(r);
    r + d.k
}
//@ args: drop_field_move 2
async fn drop_field_move(n: u32) -> u32 {
    let d = D { g: guard(n), k: n, h: guard(n + 1) };
    let b = async { match d { D { k: 2, h, .. } => { yield_now().await; 9 } D { k, .. } => k } };
    let r = b.await;
    observe(r);
    r
}
//@ args: nested 0
async fn nested(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 30)), n: 4 };
    async { yield_now().await; match o { O { p: P(0, _), n } => n, O { p: P(k, _), .. } => k } }.await
}
//@ args: nested_move 0
async fn nested_move(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 30)), n: 4 };
    let b = async { match o { O { p: P(0, g), n } => { yield_now().await; n } O { n, .. } => n + 1 } };
    b.await + o.n
}
//@ args: field_scrutinee 3
async fn field_scrutinee(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 40)), n: 6 };
    let b = async { match o.p { P(3, g) => { yield_now().await; 1 } P(k, _) => k } };
    b.await + o.n
}
//@ args: enum_field 7
async fn enum_field(n: u32) -> u32 {
    let q = Q { e: E::A(n), n: 8 };
    async { yield_now().await; match q { Q { e: E::A(x), .. } => x, Q { e: E::B, n } => n } }.await
}
//@ args: one_variant_field 3
async fn one_variant_field(n: u32) -> u32 {
    let r = R { w: W::A(n, guard(n + 50)), k: n as u8 };
    async { match r { R { w: W::A(x, _), k: 3 } => x, R { k, .. } => { yield_now().await; k as u32 } } }.await
}
//@ args: or_pattern 2
async fn or_pattern(n: u32) -> u32 {
    let s = S { a: n, b: 10 };
    async { yield_now().await; match s { S { a: 1 | 2, b } => b, S { b, .. } => b + 1 } }.await
}
//@ args: range 4
async fn range(n: u32) -> u32 {
    let s = S { a: n, b: 10 };
    async move { yield_now().await; match s { S { a: 0..=9, b } => b, _ => 0 } }.await
}
//@ args: no_read 1
async fn no_read(n: u32) -> u32 {
    let s = S { a: n, b: 1 };
    async { yield_now().await; match s { S { .. } => 1 } }.await
}
//@ args: nested_blocks 0
async fn nested_blocks(n: u32) -> u32 {
    let o = O { p: P(n, guard(n + 60)), n: 5 };
    async { let i = async { yield_now().await; match o { O { p: P(0, _), n } => n, O { p: P(k, _), .. } => k } }; i.await }.await
}
//@ args: whole_too 1
async fn whole_too(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 70) };
    async { yield_now().await; let r = &s; match s { Pair { a: 1, .. } => r.a, Pair { a, .. } => a } }.await
}
//@ args: then_moved 0
async fn then_moved(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 80) };
    let b = async { match s { Pair { a: 0, .. } => 1, Pair { a, .. } => a } };
    let r = b.await;
    let t = s;
    r + t.a
}
//@ args: disjoint_assign 0
async fn disjoint_assign(n: u32) -> u32 {
    let mut s = Pair { a: n, g: guard(n + 90) };
    let b = async { yield_now().await; match s { Pair { a: 0, .. } => 1, Pair { a, .. } => a } };
    s.g = guard(n + 91);
    let r = b.await;
    r + s.a
}
//@ args: nested_move_outer 0
async fn nested_move_outer(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n + 100) };
    let b = async move { let i = async { match s { Pair { a: 0, g } => { yield_now().await; 1 } Pair { a, .. } => a } }; i.await + 1 };
    yield_now().await;
    b.await
}
//@ args: in_block_reads 0
async fn in_block_reads(n: u32) -> u32 {
    let mut s = Pair { a: n, g: guard(n + 110) };
    async { let r = match s { Pair { a: 0, g } => 1, _ => 2 }; yield_now().await; s.a = r; s.a + 1 }.await
}
//@ args: onevar_move 3
async fn onevar_move(n: u32) -> u32 {
    let r = R { w: W::A(n, guard(n + 50)), k: n as u8 };
    let b = async { match r { R { w: W::A(x, g), k: 3 } => { yield_now().await; x } R { k, .. } => k as u32 } };
    b.await
}
//@ args: enum_guard 1
async fn enum_guard(n: u32) -> u32 {
    let q = U { e: if n == 1 { F::B(guard(n)) } else { F::A(n) }, n: 4 };
    let b = async { match q { U { e: F::B(g), n } => { yield_now().await; n } U { e: F::A(x), .. } => x } };
    b.await + q.n
}
//@ args: let_onevar 2
async fn let_onevar(n: u32) -> u32 {
    let r = R { w: W::A(n, guard(n + 50)), k: n as u8 };
    async move { let R { w: W::A(x, g), k } = r; yield_now().await; x + k as u32 }.await
}
