// issue 22: the features of one session together: match ergonomics with guards and or-patterns under a guard,
// a non-Copy top binding after a guarded or-pattern arm, ranges and char matched through a reference,
// a `ref mut` top binding with a guard then `match &mut e` (compare_mir 88/88 bodies, rustc_run 108 runs)
enum E { A(u32), B(Guard), C }

fn mk(p: u32) -> E {
    if p % 3 == 0 { E::A(p) } else if p % 3 == 1 { E::B(guard(p)) } else { E::C }
}

//@ args: ergo_guard 1,true
//@ args: ergo_guard 2,false
async fn ergo_guard(p: u32, c: bool) -> u32 {
    let o = if c { Some(p) } else { None };
    yield_now().await;
    match &o {
        Some(1 | 2) if c => 10,
        Some(v) if *v > 3 => *v,
        _ => 0,
    }
}

//@ args: orguard_top 4,true
//@ args: orguard_top 7,false
async fn orguard_top(p: u32, c: bool) -> u32 {
    let e = mk(p);
    yield_now().await;
    match e {
        E::A(1 | 4) if c => 1,
        other => { yield_now().await; match other { E::A(x) => x, E::B(g) => { let _h = g; 2 } E::C => 3 } }
    }
}

//@ args: ergo_range 5,true
async fn ergo_range(p: u32, c: bool) -> u32 {
    let y = p;
    let r = &y;
    yield_now().await;
    let k = match r { 0..=3 => 1, _ if c => 5, _ => 2 };
    let ch = if c { 'x' } else { 'é' };
    match &ch { 'a'..='z' => k, _ => ch as u32 }
}

//@ args: ref_top_guard 5,true
async fn ref_top_guard(p: u32, c: bool) -> u32 {
    let mut e = mk(p);
    yield_now().await;
    let n = match e {
        ref mut r if c => { if let E::A(x) = r { *x += 1; *x } else { 9 } }
        _ => 0,
    };
    yield_now().await;
    match &mut e { E::A(x) => { *x += n; *x } E::B(_) => 4, E::C => n }
}
