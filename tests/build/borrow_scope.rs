// covers (issue 22): a loan flowing into two variables or more is in scope where rustc's NLL keeps
// it: reached from the borrow through points where one of them is live. Each fn here is accepted
// by rustc: the variable that took the loan on a returning branch is assigned again (or never used)
// before the conflicting access, or every variable the loan flows into is dead somewhere between
// the borrow and the access (`gap`: the merge base rejected gap, loop_reassigned and gap_in_loop).
// The must-reject twins are tests/rust/invalid/borrow_*_scope_*.rs.
async fn read(r: &mut u32) -> u32 {
    *r += 1;
    *r
}
struct S {
    a: u32,
    b: u32,
}
fn gap(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    q = &mut y;
    a[1] = 5;
    *q += 1;
    x + y
}
fn q_dead(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut b3 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    a[1] = 5;
    q = &mut b3;
    *q += 1;
    *p += 1;
    b
}
fn chain_dead(c: bool, d: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut b3 = 0u32;
    let mut r = &mut b3;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; if d { r = q; *r += 1; } return 1; }
    p = &mut b2;
    q = &mut b;
    r = &mut b2;
    a[1] = 5;
    *r += 1;
    *q += 1;
    b
}
fn loop_reassigned(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut i = 0u32;
    while i < n {
        i += 1;
        let p = &mut a[0];
        if i == 3 { q = p; *q += 1; return 1; }
        q = &mut b2;
        a[1] = 5;
        *q += 1;
    }
    b
}
async fn async_q_dead(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut b3 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; read(q).await; return 1; }
    p = &mut b2;
    q = &mut b3;
    a[1] = 5;
    yield_now().await;
    read(q).await;
    read(p).await;
    b
}
fn gap_in_loop(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let p = &mut a[0];
    let mut i = 0u32;
    while i < n {
        i += 1;
        if i == 7 { q = p; *q += 1; return 1; }
    }
    q = &mut y;
    a[1] = 5;
    *q += 1;
    x + y
}
fn disjoint(c: bool) -> u32 {
    let mut s = S { a: 1, b: 2 };
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let mut p = &mut s.a;
    if c { q = p; *q += 1; return 1; }
    p = &mut y;
    s.b = 5;
    *q += 1;
    *p += 1;
    s.a + x
}
fn before_borrow(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    a[1] = 5;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    *q += 1;
    *p += 1;
    b
}
fn q_assigned_both(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    q = &mut b2;
    p = &mut b;
    a[1] = 5;
    *q += 1;
    *p += 1;
    b2
}
fn break_reassigned(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let p = &mut a[0];
    let mut i = 0u32;
    while i < n {
        i += 1;
        if i == 3 { q = p; *q += 1; break; }
    }
    q = &mut b2;
    a[1] = 5;
    *q += 1;
    b + b2
}
async fn future_replaced(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b3 = 0u32;
    let mut fut = read(&mut b);
    let p = &mut a[0];
    if c { fut = read(p); return fut.await; }
    let x = fut.await;
    let fut2 = read(&mut b3);
    a[1] = 5;
    x + fut2.await
}
fn last_use_before(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    *q += 1;
    *p += 1;
    a[1] = 5;
    b + a[1]
}
fn two_sources(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut x = [3u32, 4];
    let mut b = 0u32;
    let mut q = &mut b;
    let p1 = &mut a[0];
    let p2 = &mut x[0];
    if c { q = p1; } else { q = p2; }
    *q += 1;
    q = &mut b;
    a[1] = 5;
    x[1] = 6;
    *q += 1;
    a[0] + x[0]
}
fn shared_reads(c: bool) -> u32 {
    let a = [1u32, 2];
    let b = 0u32;
    let b2 = 0u32;
    let mut q = &b;
    let mut p = &a[0];
    if c { q = p; return *q; }
    p = &b2;
    let y = a[1];
    let z = &a[1];
    *q + *p + y + *z
}
fn match_dead(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    match n {
        0 => { q = p; *q += 1; return 1; }
        _ => { q = &mut b2; }
    }
    p = &mut b;
    a[1] = 5;
    *q += 1;
    *p += 1;
    b2
}
fn chain_all_dead(c: bool, d: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut b3 = 0u32;
    let mut r = &mut b3;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; if d { r = q; *r += 1; } return 1; }
    r = &mut b3;
    q = &mut b;
    p = &mut b2;
    a[1] = 5;
    *r += 1;
    *q += 1;
    *p += 1;
    b
}
async fn async_future_dead(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; read(q).await; return 1; }
    read(q).await;
    p = &mut b2;
    a[1] = 5;
    yield_now().await;
    read(p).await;
    b
}
fn loop_reassign_each(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut q = &mut b;
    let mut i = 0u32;
    while i < n {
        i += 1;
        let p = &mut a[0];
        if i == 3 { q = p; *q += 1; }
        a[1] = 5;
        q = &mut b;
        *q += 1;
    }
    a[0]
}
fn held_elsewhere_dead(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let mut s = &mut y;
    let p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    s = p;
    *s += 1;
    q = &mut y;
    a[1] = 5;
    *q += 1;
    x
}
fn block_scope(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    {
        let p = &mut a[0];
        if c { q = p; *q += 1; return 1; }
    }
    q = &mut y;
    a[1] = 5;
    *q += 1;
    x
}
