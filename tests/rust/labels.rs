// covers: flow40 (issue 22): `loop` as an expression with `break value` (its type from the breaks),
// labels on `loop`, `while` and `while let`, `break 'a`, `continue 'a`, `break 'a value` out of nested
// loops, labeled blocks `'a: { .. break 'a v; .. }`, awaits inside each, guards dropped on every break
//@ args: poll_value 3
//@ args: poll_value 0
//@ args: nested 4
//@ args: nested 9
//@ args: labeled_block 2
//@ args: labeled_block 7
//@ args: labeled_block 12
//@ args: while_let_label 5
//@ args: break_guard 6
//@ args: unit_break 3
//@ args: enum_break 4
//@ args: enum_break 0
async fn tick(v: u32) -> u32 { yield_now().await; v }

fn poll(k: u32, n: u32) -> Option<u32> {
    if k >= n { Some(k * 10) } else { None }
}

// the firmware's `let v = loop { if let Some(v) = poll() { break v; } wait().await; };`
async fn poll_value(n: u32) -> u32 {
    let mut k = 0;
    let v = loop {
        if let Some(v) = poll(k, n) { break v; }
        k += tick(1).await;
    };
    v + k
}

async fn nested(n: u32) -> u32 {
    let mut total = 0;
    let mut i = 0;
    let found = 'outer: loop {
        let g = guard(i);
        i += 1;
        let mut j = 0;
        'inner: while j < n {
            j += 1;
            if j == 2 { continue 'inner; }
            if i + j == n { break 'outer i * 100 + j; }
            if j > 3 { continue 'outer; }
            total += tick(j).await;
            if total > 40 { break 'outer total; }
        }
        if i > n { break 999; }
    };
    found + total
}

async fn labeled_block(n: u32) -> u32 {
    let g = guard(1);
    let v = 'a: {
        let h = guard(2);
        if n < 5 { break 'a n; }
        let w = tick(n).await;
        if w > 10 {
            let k = guard(3);
            break 'a w * 2;
        }
        w + 1
    };
    let u: u32 = 'b: {
        if v == 2 { break 'b 0; }
        tick(v).await
    };
    v + u
}

async fn while_let_label(n: u32) -> u32 {
    let mut k = 0;
    let mut s = 0;
    'w: while let None = poll(k, n) {
        k += 1;
        loop {
            s += tick(k).await;
            if s % 2 == 0 { continue 'w; }
            break;
        }
        if s > 20 { break 'w; }
    }
    s + k
}

async fn break_guard(n: u32) -> u32 {
    let mut c = 0;
    'a: loop {
        let g1 = guard(c);
        loop {
            let g2 = guard(c + 100);
            c += tick(1).await;
            if c == n { break 'a; }
            if c % 2 == 0 { break; }
        }
    }
    c
}

async fn unit_break(n: u32) -> u32 {
    let mut c = 0;
    let r: () = loop {
        c += 1;
        if c > n { break; }
        yield_now().await;
    };
    let u = 'x: {
        if c > 2 { break 'x; }
        observe(c);
    };
    c
}

enum State { Idle, Run(u32), Done }

async fn enum_break(n: u32) -> u32 {
    let mut i = 0;
    let s = loop {
        i += 1;
        if n == 0 { break State::Idle; }
        if i == n { break State::Run(tick(i).await); }
        if i > 10 { break State::Done; }
    };
    match s {
        State::Idle => 1,
        State::Run(v) => v,
        State::Done => 3,
    }
}
