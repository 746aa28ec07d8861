// hunt29: negated literals at the type's bounds: `- -127i8` and `-(-127i8)` are 127, `---128i8` in an async
// body (rustc lints no coroutine body) is -128 negated twice more: its run panics, as rustc's build does
//@ args: g
//@ args: h
async fn g() -> i8 {
    yield_now().await;
    (- -127i8) - (-(-127i8)) + -(128i8) + 127
}
async fn h() -> i8 {
    yield_now().await;
    ---128i8
}
