// invalid: a block's tail carrying out a variable that holds the block's extended temporary (temp37's
// `Some(&mk(n))`, extended to the block's end only): E0716 at the temporary (blk37)
fn mk(n: u32) -> u32 { n + 1 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn foo(n: u32) -> u32 {
    let t = { let x = Some(&mk(n)); x }; //~ ERROR [E0716] temporary value dropped while borrowed
    val(t)
}
