// invalid (bc37): a future held in a variable, its await the tail, its output a borrow of a local: E0597 at
// the borrow
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn id(a: Option<&u32>) -> Option<&u32> { a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    let fut = keep(Some(&y)); //~ ERROR [E0597] `y` does not live long enough
    fut.await
}
