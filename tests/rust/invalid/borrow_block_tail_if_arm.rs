// invalid: an if branch block's tail borrowing its own local, the if bound by a let: E0597 (blk37)
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
async fn foo(n: u32, c: bool) -> u32 {
    let t = if c { let y = n; Some(&y) } else { None }; //~ ERROR [E0597] `y` does not live long enough
    yield_now().await;
    val(t)
}
