// invalid: a block's tail carrying a `let ref` temporary of the block out of it: E0716 at the temporary (blk37)
fn mk(n: u32) -> u32 { n + 1 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn foo(n: u32) -> u32 {
    let t = { let ref y = mk(n); Some(y) }; //~ ERROR [E0716] temporary value dropped while borrowed
    val(t)
}
