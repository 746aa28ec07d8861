// covers: unused_assignments (warn30): dead initializers and assignments, parameters overwritten,
// a call's result put into a `let` (no kill), loops (a value read in the next iteration is live),
// `while`, `break` values, compound and field and index stores, a match binding overwritten,
// an `if` / `match` initializer (each branch), async blocks capturing, unreachable assignments.
struct P { x: u32, y: u32 }
fn leaf(n: u32) -> u32 { n + 1 }
fn overwritten(n: u32) -> u32 {
    let mut a = n + 1;
    a = 2;
    let mut b = leaf(n);
    b = 3;
    let mut c = 0;
    c = leaf(n);
    a + b + c
}
fn param(mut n: u32, mut m: u32) -> u32 {
    n = 5;
    observe(m);
    m = 6;
    n
}
fn loops(n: u32) -> u32 {
    let mut i = 0;
    let mut last = 0;
    while i < n {
        last = i;
        i += 1;
    }
    let mut k = 0;
    let mut s = 9;
    loop {
        s = k;
        k += 1;
        if k > 3 { break; }
    }
    let mut t = 1;
    loop {
        t = 2;
        if t > 1 { break; }
    }
    last + t
}
fn stores(n: u32) -> u32 {
    let mut p = P { x: 1, y: 2 };
    p.x = 3;
    let mut q = P { x: 1, y: 2 };
    q.y = n;
    let mut arr = [0u32; 4];
    arr[1] = 5;
    let mut d = 1;
    d += n;
    d = 4;
    p.y + d
}
fn branches(n: u32, c: bool) -> u32 {
    let mut r = if c { 1 } else { 2 };
    let mut m = match n { 0 => 5, 1 => 6, _ => 7 };
    r = 3;
    m = 4;
    if c { r = 8; } else { r = 9; }
    r + m
}
fn binding(o: Option<u32>) -> u32 {
    match o {
        Some(mut v) => { v = 42; v }
        None => 0,
    }
}
fn unreachable_store(n: u32) -> u32 {
    let mut x = n;
    return x;
    x = 5;
    x
}
async fn captured(n: u32) -> u32 {
    let mut a = 1;
    let mut b = n;
    a = 2;
    let f = async { observe(a); };
    f.await;
    b = 5;
    let g = async move { let mut z = 1; z = 2; observe(z); };
    g.await;
    n
}
async fn async_param(mut n: u32) -> u32 {
    n = 3;
    n
}
