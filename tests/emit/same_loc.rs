// covers: debug (overflow checks on): the asserts whose panics rustc gives one Location (the line and
// column where the expression starts) go through one same_loc! invocation: a left-nested chain of
// checked ops (`a * 2 + b + 1`: three asserts), a signed division's divide-by-zero and overflow
// asserts, a division as a sum's left operand, a sum saved across an await (`a + b + one().await`);
// a named local as left operand (`s + 1`) and a right operand (`c + a * b`) start elsewhere and keep
// their own
async fn one() -> u32 {
    yield_now().await;
    1
}

async fn sums(a: u32, b: u32, c: i32, d: i32) -> i32 {
    let s = a * 2 + b + 1;
    yield_now().await;
    let t = s + 1;
    let q = c / d + 3;
    let r = c + (a * b) as i32;
    let u = a + b + one().await;
    (t as i32) + q + r + (u as i32)
}
