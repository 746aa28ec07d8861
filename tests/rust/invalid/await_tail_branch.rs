// invalid (bc37): an await returning a borrow of a local as an `if` branch's value: E0597 at the borrow
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    if n > 2 { keep(Some(&y)).await } else { None } //~ ERROR [E0597] `y` does not live long enough
}
