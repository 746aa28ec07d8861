// invalid (bc37): an await returning a borrow of a local as a block's tail, the block the body's: E0597
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn id(a: Option<&u32>) -> Option<&u32> { a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    { keep(Some(&y)).await } //~ ERROR [E0597] `y` does not live long enough
}
