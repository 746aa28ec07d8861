// covers: a `let` struct or tuple-struct pattern without an initializer (issue 22): `let P(a, b);`
// declares its bindings (StorageLive each, in pattern order; their drops in the let's scope) and
// later assignments initialise them, on every path or on some (a Guard binding assigned on one path
// only gets a drop flag), across awaits, nested patterns, inside an async block. Equal to rustc
// 1.95's MIR in four configs (tests/rustc/compare_mir.py).
//@ args: both_later 1
//@ args: both_later 5
//@ args: guard_maybe 0
//@ args: guard_maybe 3
//@ args: call_nested 4
//@ args: in_block 2
//@ args: mut_binding 3
struct P(u32, u32);
struct G2 { g: Guard, v: u32 }
struct O { p: P, n: u32 }

async fn both_later(n: u32) -> u32 {
    let P(a, b);
    yield_now().await;
    a = n;
    if n > 2 { b = 1; } else { b = 2; }
    yield_now().await;
    a + b
}

async fn guard_maybe(n: u32) -> u32 {
    let G2 { g, v };
    v = n;
    yield_now().await;
    if n > 1 {
        g = guard(n);
        yield_now().await;
    }
    observe(v);
    yield_now().await;
    v
}

fn nested_sync(n: u32) -> u32 {
    let O { p: P(x, y), n: m };
    x = 1;
    y = 2;
    m = n;
    x + y + m
}

async fn in_block(n: u32) -> u32 {
    let b = async move {
        let G2 { g, v: w };
        g = guard(n + 1);
        yield_now().await;
        w = n;
        w
    };
    b.await
}

async fn mut_binding(n: u32) -> u32 {
    let P(mut a, b);
    a = n;
    yield_now().await;
    a += 1;
    b = a;
    b
}

async fn call_nested(n: u32) -> u32 {
    let r = nested_sync(n);
    yield_now().await;
    r
}
