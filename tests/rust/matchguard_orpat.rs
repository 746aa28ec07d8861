// covers: match guards on arms with an or-pattern inside (issue 22, misc28): the guard evaluated per
// alternative that matches (rustc's sub-branches: guarded candidates are never merged, a guarded leaf's
// failure tests the next alternative), literal alternatives, binding alternatives (`k @ 1 | k @ 2`), pairs
// tested after the or-pattern (test_remaining_match_pairs_after_or to the leaf's own otherwise block),
// struct fields, enum payloads, a Guard bound by either alternative and moved in the body, awaits in guards
// and bodies, a sync fn
enum E { A(u32, u8), B(u32), C }
enum G { X(Guard), Y(Guard), Z }
struct S { a: u32, b: bool, c: u8 }
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 1 { E::A(n, 3) } else { E::B(n) }
}
//@ args: rest 1,true
//@ args: rest 2,false
//@ args: rest 4,true
//@ args: rest 5,false
async fn rest(n: u32, f: bool) -> u32 {
    let s = S { a: n, b: f, c: (n % 3) as u8 };
    yield_now().await;
    match s {
        S { a: 1 | 2, c: 0 | 1, .. } if f => 1,
        S { a: 4 | 5, b: true | false, c } if c > 0 => 2,
        S { a, .. } if a > 3 => { yield_now().await; 3 }
        _ => 4,
    }
}
//@ args: enm 0
//@ args: enm 1
//@ args: enm 2
//@ args: enm 7
async fn enm(n: u32) -> u32 {
    let e = mke(n);
    let o = Some(mke(n + 1));
    yield_now().await;
    let r = match o {
        Some(E::A(x, _) | E::B(x)) if x > n + 2 => x,
        Some(E::A(x, 1 | 3) | E::B(x)) if { yield_now().await; x > 1 } => x + 100,
        Some(E::C) | None => 0,
        _ => 9,
    };
    match e {
        E::A(m, 0 | 3) | E::B(m) if m == r => m,
        _ => 5,
    }
}
//@ args: mv 0
//@ args: mv 1
//@ args: mv 2
//@ args: mv 7
async fn mv(n: u32) -> u32 {
    let g = if n == 0 { G::Z } else if n % 2 == 1 { G::X(guard(n)) } else { G::Y(guard(n)) };
    let o = Some(g);
    yield_now().await;
    match o {
        Some(G::X(h) | G::Y(h)) if n > 5 => { observe(1); let k = h; yield_now().await; 1 }
        Some(G::X(h) | G::Y(h)) if n == 2 => { let k = h; 2 }
        Some(G::Z | G::X(_)) if n == 0 => 3,
        _ => 4,
    }
}
fn sync_one(n: u32) -> u32 {
    match Some(n) {
        Some(0 | 1) if n == 0 => 10,
        Some(v @ 2 | v @ 3) if v == n => v,
        Some(_) | None => 11,
    }
}
//@ args: calls 1
async fn calls(n: u32) -> u32 {
    sync_one(n) + sync_one(n + 1) + sync_one(n + 2)
}
//@ args: lits 1
//@ args: lits 2
//@ args: lits 5
async fn lits(n: u32) -> u32 {
    let o = if n == 9 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(1 | 2) if n > 1 => 1,
        Some(3 | 5) if { observe(n); n != 3 } => 2,
        _ => 3,
    }
}
//@ args: binds 1
//@ args: binds 2
//@ args: binds 4
async fn binds(n: u32) -> u32 {
    let o = Some(n);
    yield_now().await;
    match o {
        Some(k @ 1 | k @ 2) if k > 1 => k,
        Some(k @ 3 | k @ 4) if k == n => k + 10,
        _ => 3,
    }
}
