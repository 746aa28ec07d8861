// covers (issue 22): a record made on one branch is not joined with a holder carrying the loan
// on the other: the branch that made the conflicting access no longer holds the loan (if, match,
// a loop's back edge); the must-reject twins are tests/rust/invalid/borrow_*_branch_*.rs,
// borrow_e0506_arm_keeps.rs, borrow_e0506_loop_branch.rs and borrow_e0506_loop_reassign.rs
async fn reassign_other(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    if c {
        r = &mut a[1];
    }
    *r += 1;
    yield_now().await;
    a[0]
}
async fn write_then_reassign(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    if c {
        let n = a[0];
        r = &mut a[1];
        *r += n;
    }
    *r += 1;
    yield_now().await;
    a[2]
}
async fn assign_then_reassign(c: bool) -> u32 {
    let mut x = 1u32;
    let mut y = 2u32;
    let mut r = &mut x;
    if c {
        x = 5;
        r = &mut y;
    } else {
        *r += 1;
    }
    *r += 1;
    yield_now().await;
    x + y
}
fn pick(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    match n {
        0 => { r = &mut a[1]; }
        1 => { a[0] = 7; r = &mut a[2]; }
        _ => {}
    }
    *r += 1;
    a[1]
}
async fn in_loop(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut i = 0u32;
    while i < n {
        let mut r = &mut a[0];
        if i == 1 {
            r = &mut a[1];
        }
        *r += 1;
        i += 1;
        yield_now().await;
    }
    a[0]
}

async fn loop_reassign_late(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let mut i = 0u32;
    while i < n {
        a[0] = 4;
        r = &mut a[1];
        i += 1;
    }
    *r += 1;
    yield_now().await;
    a[0]
}
