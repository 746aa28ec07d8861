// Cross-feature program of the session's merge: nested fn items, `x @ y` chains, `n @ (1 | 2)`,
// top bindings in `let`, `&p` inside patterns, top bindings through a reference, guarded literal arms.


enum Mode { Idle, Busy(u32) }

async fn tick() {
    yield_now().await;
}

async fn classify(a: u32, y: u32) -> u32 {
    fn weight(k: u32) -> u32 {
        fn twice(v: u32) -> u32 { v * 2 }
        twice(k) + 1
    }
    tick().await;
    let r = match a {
        0 if y == 0 => weight(0),
        n @ (1 | 2) => n + weight(n),
        p @ q @ 3..=5 if y > 2 => p + q,
        6 | 7 if y == 1 => 70,
        _ => 1,
    };
    let k @ 0..=255 = (r % 256) as u8;
    tick().await;
    r + k as u32
}

async fn peek(o: Option<&u32>, m: &Mode) -> u32 {
    let base = match o {
        Some(&x) if x > 10 => x,
        Some(&0) => 100,
        Some(&_) => 5,
        None => 0,
    };
    tick().await;
    let extra = match m {
        w @ Mode::Busy(_) => match w { Mode::Busy(n) => *n, Mode::Idle => 0 },
        other => { let _ = other; 7 }
    };
    async fn helper(v: u32) -> u32 { tick().await; v + 3 }
    base + extra + helper(base).await
}

async fn drive(v: u32) -> u32 {
    let n = 12u32;
    let m = if v > 3 { Mode::Busy(v) } else { Mode::Idle };
    let a = peek(Some(&n), &m).await;
    let b = classify(v, v % 4).await;
    let idle = Mode::Idle;
    let c = peek(None, &idle).await;
    a + b + c
}

//@ args: drive 0
//@ args: drive 2
//@ args: drive 4
//@ args: drive 7
//@ args: classify 6,1
//@ args: classify 4,3
