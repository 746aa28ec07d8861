// invalid (bc37): an await returning a borrow of a local as a match arm's value: E0597 at the borrow
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn id(a: Option<&u32>) -> Option<&u32> { a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    match n { 0 => keep(Some(&y)).await, _ => None } //~ ERROR [E0597] `y` does not live long enough
}
