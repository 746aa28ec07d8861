// covers: an `if` or `match` whose every arm diverges has the type rustc 1.95's CoerceMany gives
// it (the expected type, or a diverging variable that unifies with its use or falls back to `()`),
// not `!`: each diverging arm gets its own NeverToAny temporary (a `!` local, no StorageLive), the
// whole no temporary. With an annotation, without one (the variable unified later, or unused), as
// a statement, as a fn's tail, nested in an else block, in a match arm, as a call argument, in a
// sync fn, with Guards live across the await before it and in an arm.
//@ args: annotated 0
//@ args: annotated 5
//@ args: untyped 0
//@ args: untyped 1
//@ args: stmt_semi 0
//@ args: stmt_semi 4
//@ args: tail_if 0
//@ args: tail_if 9
//@ args: nested 0
//@ args: nested 1
//@ args: nested 2
//@ args: in_match 0
//@ args: in_match 1
//@ args: in_match 2
//@ args: match_all 0
//@ args: match_all 3
//@ args: unconstrained 0
//@ args: unconstrained 6
//@ args: in_arg 1
//@ args: in_arg 3
//@ args: call_sync 0
//@ args: call_sync 2
async fn annotated(n: u32) -> u32 {
    let _g = guard(n);
    yield_now().await;
    let x: u32 = if n == 0 { return 1; } else { return 2; };
    x
}

async fn untyped(n: u32) -> u32 {
    yield_now().await;
    let x = if n == 0 { return 1 } else { let _h = guard(n); yield_now().await; return 2 };
    x
}

async fn stmt_semi(n: u32) -> u32 {
    let g = guard(n);
    yield_now().await;
    if n == 0 { return 1; } else { consume(g); return 2; };
    3
}

async fn tail_if(n: u32) -> u32 {
    yield_now().await;
    if n == 0 { return 1; } else { return 2; }
}

async fn nested(n: u32) -> u32 {
    let _g = guard(n);
    yield_now().await;
    let x: u32 = if n == 0 { return 1; } else { if n == 1 { return 2; } else { return 3; } };
    x
}

async fn in_match(n: u32) -> u32 {
    yield_now().await;
    let x: u32 = match n { 0 => 4, _ => if n == 1 { return 2; } else { return 3; } };
    x
}

async fn match_all(n: u32) -> u32 {
    let _g = guard(n);
    yield_now().await;
    let x: u32 = match n { 0 => return 1, _ => { yield_now().await; return 2 } };
    x
}

async fn unconstrained(n: u32) -> u32 {
    let _g = guard(n);
    yield_now().await;
    let _x = if n == 0 { return 1; } else { return 2; };
    0
}

async fn in_arg(n: u32) -> u32 {
    yield_now().await;
    observe(if n > 2 { return 7; } else { return 8; });
    0
}

fn sync_div(n: u32) -> u32 {
    let x: u32 = if n == 0 { return 1; } else if n == 1 { loop {} } else { return 3 };
    x
}

fn consume(g: Guard) { let _k = g; }

async fn call_sync(n: u32) -> u32 {
    yield_now().await;
    sync_div(n)
}
