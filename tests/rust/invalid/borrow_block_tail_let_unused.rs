// invalid: a block's tail value borrowing its own local, bound by a `let` and never used: rustc moves
// the value out after the local's StorageDead (the let's FakeRead): E0597 at the borrow (blk37)
async fn foo(n: u32) -> u32 {
    let t = { let y = n; Some(&y) }; //~ ERROR [E0597] `y` does not live long enough
    0
}
