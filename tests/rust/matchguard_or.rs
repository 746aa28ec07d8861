// covers: match guards on or-patterns (issue 22, guard27): the guard lowered once per alternative (rustc's
// bind_pattern sub-branches, in reverse, the last lowered scheduling the drops), alternatives without
// bindings (not merged when guarded), with a binding in each, a Guard bound by every alternative and
// moved out in the body, an unguarded or-arm with bindings after a guarded one
enum E { A(u32), B(u32), C }
enum G { X(Guard), Y(Guard), Z }
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 1 { E::A(n) } else { E::B(n) }
}
//@ args: lits 1
//@ args: lits 3
//@ args: lits 9
async fn lits(n: u32) -> u32 {
    let o = if n == 9 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(1) | Some(2) if n > 0 => 1,
        Some(3) | None if { observe(n); n != 3 } => 2,
        _ => 3,
    }
}
//@ args: binds 0
//@ args: binds 1
//@ args: binds 4
//@ args: binds 5
async fn binds(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(x) | E::B(x) if x > 2 => x + 100,
        E::A(x) | E::B(x) => { yield_now().await; x }
        E::C => 0,
    }
}
//@ args: guards 0
//@ args: guards 1
//@ args: guards 2
//@ args: guards 7
async fn guards(n: u32) -> u32 {
    let g = if n == 0 { G::Z } else if n % 2 == 1 { G::X(guard(n)) } else { G::Y(guard(n)) };
    yield_now().await;
    match g {
        G::X(h) | G::Y(h) if n > 5 => { observe(1); let k = h; yield_now().await; 1 }
        G::X(h) | G::Y(h) if n == 2 => { let k = h; 2 }
        _ => 3,
    }
}
