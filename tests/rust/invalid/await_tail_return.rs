// invalid (bc37): `return keep(Some(&y)).await;`: E0597 at the borrow
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn id(a: Option<&u32>) -> Option<&u32> { a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    return keep(Some(&y)).await; //~ ERROR [E0597] `y` does not live long enough
}
