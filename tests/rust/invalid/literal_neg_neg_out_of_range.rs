// invalid (hunt29): `--128i8` is `-(-(128i8))`: rustc's literal lint takes a literal as negated only under a `-`
// that is not itself negated, so 128i8 is out of range (it was accepted, and the negation overflowed at run time)
async fn g() -> i8 {
    yield_now().await;
    --128i8 //~ ERROR literal out of range for `i8`
}
