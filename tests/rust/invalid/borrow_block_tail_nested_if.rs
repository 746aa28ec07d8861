// invalid: the tail if of a block returns a loan of the block's local: E0597 (blk37)
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn foo(n: u32) -> u32 {
    let t = { let y = n; if y > 0 { Some(&y) } else { None } }; //~ ERROR [E0597] `y` does not live long enough
    val(t)
}
