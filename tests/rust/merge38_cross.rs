// covers: the fifteenth session's branches in one program: lint attributes on items, fields and a let
// (lint38: allow, expect met, an allowed fn as a dead_code root); a `#[derive(Clone)]` struct without Copy
// cloned with `.clone()` before an await and used after it (derive38); promoted aggregates `&[1, 2, 3]`,
// `&Cfg { a: 1, b: 2 }` and `&(2 + 3)` held across an await (promo38); an inherent impl's consts in a fn
// body read by `S::N` and `Self::N` across an await (consts38); `match &r` with `&x` and `&_` arms beside
// peeling ones, and `match &mut self.state` writing through a `ref mut` binding in an async `&mut self`
// method (match38)
//@ args: cross 4
//@ args: cross 0
//@ args: cross 9
//@ args: modes 3
#![allow(unused_mut)]
#[derive(Clone)]
struct Msg {
    id: u32,
    #[allow(dead_code)]
    spare: u32,
}
#[derive(Clone, Copy)]
struct Cfg {
    a: u32,
    b: u32,
}
enum State {
    Idle,
    Busy { n: u32 },
}
struct Dev {
    state: State,
}
impl Dev {
    async fn step(&mut self, k: u32) -> u32 {
        yield_now().await;
        match &mut self.state {
            State::Busy { n } => {
                *n += k;
                *n
            }
            State::Idle => {
                self.state = State::Busy { n: k };
                0
            }
        }
    }
}
#[allow(dead_code)]
fn debug_only() -> u32 {
    helper()
}
fn helper() -> u32 {
    7
}
fn pick(o: Option<u32>) -> u32 {
    let r = &o;
    match &r {
        &&Some(v) if v > 3 => v,
        &x => match *x { Some(v) => v + 100, None => 0 },
    }
}
async fn cross(n: u32) -> u32 {
    struct Lim;
    impl Lim {
        const N: u32 = 5;
        const TWICE: u32 = Self::N * 2;
    }
    let m = Msg { id: n, spare: 0 };
    let c = m.clone();
    let arr: &[u32; 3] = &[1, 2, 3];
    let cfg: &Cfg = &Cfg { a: 1, b: 2 };
    let five: &u32 = &(2 + 3);
    #[expect(unused_variables)]
    let unused = n;
    yield_now().await;
    let total = c.id + m.id + (*arr)[n as usize % 3] + cfg.a + cfg.b + *five + Lim::N + Lim::TWICE;
    total + pick(Some(n)) + pick(None)
}
async fn modes(k: u32) -> u32 {
    let mut d = Dev { state: State::Idle };
    let a = d.step(k).await;
    let b = d.step(k).await;
    a + b
}
