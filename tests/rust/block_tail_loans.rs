// blk37: blocks whose tail values carry loans rustc accepts: of a variable declared outside the
// block, a value computed from the block's own local (no loan left), and a tail borrowing the block's
// own local whose value is dropped unused (an expression statement, an if statement's branches).
// Each must-reject twin is tests/rust/invalid/borrow_block_tail_*.rs.
//@ args: outer_loan 4
//@ args: inner_used 6
//@ args: dropped 3,true
//@ args: dropped 3,false
fn val(o: Option<&u32>) -> u32 {
    match o {
        Some(r) => *r,
        None => 0,
    }
}

async fn outer_loan(n: u32) -> u32 {
    let y = n + 1;
    let t = {
        let z = n * 2;
        observe(z);
        Some(&y)
    };
    yield_now().await;
    val(t)
}

async fn inner_used(n: u32) -> u32 {
    let t = {
        let y = n;
        val(Some(&y))
    };
    yield_now().await;
    t + 1
}

async fn dropped(n: u32, c: bool) -> u32 {
    {
        let y = n;
        Some(&y)
    };
    if c {
        let y = n + 1;
        Some(&y)
    } else {
        None
    };
    yield_now().await;
    n
}
