// covers: match guards with awaits (issue 22, guard27): an await in the guard (the ref-for-guard local and
// the fake borrows live across it, saved in the coroutine), an await in a guarded arm's body, a guard
// in an async block capturing the scrutinee and an outer variable read only by the guard, a Guard bound
// by a guarded arm held across an await in the body
//@ args: ready 3
async fn ready(x: u32) -> u32 { yield_now().await; x }
//@ args: is_big 4
async fn is_big(x: u32) -> bool { yield_now().await; observe(x); x > 3 }
//@ args: in_guard 0
//@ args: in_guard 2
//@ args: in_guard 5
async fn in_guard(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    match o {
        Some(x) if is_big(x).await => x,
        Some(x) if ready(x).await == 2 => { observe(x); 20 }
        _ => 0,
    }
}
//@ args: in_body 1
//@ args: in_body 7
async fn in_body(n: u32) -> u32 {
    let o = Some(guard(n));
    match o {
        Some(g) if n > 3 => { yield_now().await; observe(n); let h = g; 1 }
        Some(g) => { let v = ready(n).await; let h = g; v }
        None => 0,
    }
}
//@ args: in_block 2
//@ args: in_block 9
async fn in_block(n: u32) -> u32 {
    let o = if n > 5 { Some(n) } else { None };
    let lim = n / 2;
    let f = async move {
        match o {
            Some(x) if x > lim => { yield_now().await; x }
            Some(x) if ready(x).await > 0 => x + 1,
            _ => 0,
        }
    };
    f.await
}
