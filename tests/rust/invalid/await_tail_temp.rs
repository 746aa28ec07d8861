// invalid (bc37): an await returning a borrow of a temporary: E0716 at the temporary (not E0515)
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn mk(n: u32) -> u32 { n + 1 }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    keep(Some(&mk(n))).await //~ ERROR [E0716] temporary value dropped while borrowed
}
