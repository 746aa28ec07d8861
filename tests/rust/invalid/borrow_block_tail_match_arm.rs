// invalid: a match arm block's tail borrowing its own local, the match bound by a let: E0597 (blk37)
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn foo(n: u32, o: Option<u32>) -> u32 {
    let t = match o {
        Some(_) => { let y = n; Some(&y) } //~ ERROR [E0597] `y` does not live long enough
        None => None,
    };
    val(t)
}
