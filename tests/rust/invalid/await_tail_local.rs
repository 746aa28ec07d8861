// invalid (bc37): `keep(Some(&y)).await` as an async fn's tail returns a borrow of a local: rustc's E0597
// at the borrow (through a `let` it is E0515 at the returned variable: await_output_local_escape.rs)
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    keep(Some(&y)).await //~ ERROR [E0597] `y` does not live long enough
}
