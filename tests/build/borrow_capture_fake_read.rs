// issue 22 (pmove26): rustc's closure fake reads of a place an async block matches or initializes a
// `let` from, where the place is not moved: accepted by rustc 1.95 (the must-reject twins are
// tests/rust/invalid/capture_fake_read_*.rs)
struct Pair { a: u32, g: Guard }
async fn block_moves_own_field(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async move { match s { Pair { a, g } => a } };
    b.await
}
async fn moved_after_block(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async { match s { Pair { a, .. } => a } };
    let r = b.await;
    let h = s.g;
    r
}
async fn other_field_place(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let b = async { let k = s.a; k };
    b.await
}
async fn reassigned_before(n: u32) -> u32 {
    let mut s = Pair { a: n, g: guard(n) };
    let h = s.g;
    s.g = guard(2);
    let b = async { match s { Pair { a: 0, .. } => 1, _ => 2 } };
    b.await
}
