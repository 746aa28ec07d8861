// covers (issue 22): conflict records are kept per variable, not per loan: a record made on the
// path where the variable holding the loan is assigned again (or no variable still used holds it)
// never reaches a variable holding the loan on another path, whatever surrounds the branch: an
// `if` / `match` inside an expression, branches ending in `break` / `continue`, another variable
// carrying the loan but dead at the access. The must-reject twins are
// tests/rust/invalid/borrow_*_holders_*.rs.
fn f(_x: u32, y: u32) -> u32 {
    y
}
async fn if_in_arg(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let y = f(0, if c { r = &mut a[1]; 1 } else { 2 });
    *r += 1;
    yield_now().await;
    a[0] + y
}
async fn match_in_arg(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let y = f(
        0,
        match n {
            0 => { a[2] = 4; r = &mut a[1]; 1 }
            _ => 2,
        },
    );
    *r += 1;
    yield_now().await;
    a[1] + y
}
async fn in_call_arg(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let y = f(if c { a[2] = 7; r = &mut a[1]; 1 } else { 2 }, 3);
    let z = f(0, *r);
    yield_now().await;
    a[2] + y + z
}
async fn break_branch(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut b = [4u32, 5];
    let mut r = &mut a[0];
    let mut i = 0u32;
    while i < n {
        if i == 2 {
            a[1] = 9;
            r = &mut b[1];
            break;
        }
        i += 1;
    }
    *r += 1;
    yield_now().await;
    a[1] + b[1]
}
async fn continue_branch(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut b = [4u32, 5];
    let mut r = &mut a[0];
    let mut i = 0u32;
    loop {
        i += 1;
        if i < n {
            a[2] = i;
            r = &mut b[0];
            continue;
        }
        break;
    }
    *r += 1;
    yield_now().await;
    a[2] + b[0]
}
async fn other_holder_dead(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut b = [4u32, 5];
    let mut r = &mut a[0];
    if c {
        let k = &mut *r;
        *k += 1;
        a[1] = 5;
        r = &mut b[0];
    }
    *r += 1;
    yield_now().await;
    a[1] + b[0]
}
