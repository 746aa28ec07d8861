// invalid (hunt29): the negation of i8::MIN in a sync fn is KnownPanicsLint's arithmetic_overflow (deny by
// default; rustc skips coroutine bodies): `-(-128i8)` was accepted
fn f() -> i8 {
    -(-128i8) //~ ERROR this arithmetic operation will overflow
}
async fn g() -> i8 {
    yield_now().await;
    f()
}
