// invalid: a block assigned to a variable declared before it, its tail borrowing its own local: E0597 (blk37)
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn foo(n: u32) -> u32 {
    let t;
    t = { let y = n; Some(&y) }; //~ ERROR [E0597] `y` does not live long enough
    val(t)
}
