// mac40 (issue 22): the std macros firmware uses, as rustc 1.95 expands them: matches! (or-patterns,
// guards, bindings), panic!, unreachable!, todo!, unimplemented!, assert!, debug_assert! (gone in
// release: `cfg!(debug_assertions)`), their panics across awaits with guards dropped on unwind

#[derive(Clone, Copy)]
enum State { Idle, Busy(u32), Done }

fn idle_or_done(s: &State) -> bool {
    matches!(s, State::Idle | State::Done)
}

fn busy_above(s: State, n: u32) -> bool {
    matches!(s, State::Busy(k) if k > n)
}

fn small(x: u32) -> bool {
    matches!(x, 1 | 2 | 4..=6 if x != 5)
}

fn checked_len(len: u32) -> u32 {
    assert!(len <= 64);
    debug_assert!(len != 7, "seven");
    len * 2
}

fn pick(c: bool) -> u32 {
    let x: u32 = if c { 1 } else { panic!() };
    x
}

fn classify(x: u32) -> u32 {
    match x {
        0 => 10,
        1 | 2 => 20,
        9 => unreachable!(),
        10 => unreachable!("ten"),
        _ if x > 100 => panic!("too big"),
        _ => 30,
    }
}

fn stub(x: u32) -> u32 {
    if x == 0 {
        todo!()
    } else {
        unimplemented!()
    }
}

async fn step(s: State, n: u32) -> u32 {
    let g = guard(n);
    yield_now().await;
    debug_assert!(n != 3);
    let b = busy_above(s, 50) && !idle_or_done(&s);
    yield_now().await;
    let _h = g;
    if b { checked_len(n) } else { checked_len(pick(n != 5) + classify(n)) }
}

async fn lead(n: u32) -> u32 {
    let _g = guard(100 + n);
    let a = step(State::Busy(n), n).await;
    assert!(a < 200, "a too big");
    let b = step(State::Idle, n + 1).await;
    yield_now().await;
    if n == 42 { stub(n % 2) } else if small(n) { a + b } else { a + b + 1 }
}

//@ args: run 1
//@ args: run 3
//@ args: run 4
//@ args: run 5
//@ args: run 6
//@ args: run 9
//@ args: run 10
//@ args: run 42
//@ args: run 60
//@ args: run 65
//@ args: run 150
async fn run(n: u32) -> u32 {
    let _g = guard(n);
    let r = lead(n).await;
    observe(r);
    let d = matches!(State::Done, State::Done);
    assert!(d);
    r
}
