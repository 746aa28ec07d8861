// invalid (bc37): an await returning a borrow of a by-value parameter: E0597 "`n` does not live long enough"
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn mk(n: u32) -> u32 { n + 1 }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    keep(Some(&n)).await //~ ERROR [E0597] `n` does not live long enough
}
