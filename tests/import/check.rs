// tests/import/check.rs — rustc's own coroutines for `coroslim check tests/import/check_dump`
// (issue 24 item 3): the state transform and every pass applied to rustc's before-StateTransform
// bodies and checked with calls of other crates as external events. check_dump/ is made by
// tests/import/regen.sh with the installed rustc (1.95.0).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub fn log(_msg: &str, _n: u32) {}
pub fn tick() -> u32 { 7 }
pub fn tock() -> u32 { 9 }

// a future the crate defines by hand: its poll is not a coroutine's
pub struct Ready(pub u32);
impl Future for Ready {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0)
    }
}

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

// external calls in sequence, both sides of an await: a pass that drops or reorders one is caught
pub async fn calls(n: u32) -> u32 {
    let t = tick();
    let u = tock();
    log("first", t);
    let a = leaf(n).await;
    log("second", u);
    a
}

// an owned value with drop glue (String) across an await, an enum result
pub async fn owned(name: String, x: Option<u32>) -> Option<usize> {
    let v = Ready(3).await;
    log(&name, v);
    x.map(|k| k as usize + name.len())
}

// an async block that cannot return: its only way out is a panic
pub fn never() -> impl Future<Output = u32> {
    async { unreachable!() }
}

// an await in a loop
pub async fn looped(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        s += leaf(i).await;
    }
    s
}
