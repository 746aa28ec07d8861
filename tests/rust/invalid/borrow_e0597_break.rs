// invalid: `break` ends the loop body's block, so `y` is dead while `keep`, used after the
// loop, still borrows it (E0597, at the borrow)
async fn f(x: u32) -> u32 {
    let mut keep = &x;
    loop {
        let y = x + 1;
        keep = &y; //~ ERROR [E0597] `y` does not live long enough
        break;
    }
    *keep
}
