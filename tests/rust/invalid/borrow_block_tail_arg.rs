// invalid: a block passed as an argument, its tail borrowing its own local: E0597 (blk37)
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
async fn foo(n: u32) -> u32 {
    val({ let y = n; Some(&y) }) //~ ERROR [E0597] `y` does not live long enough
}
