// tests/import/handwritten.rs — awaits of futures that are not coroutines (issue 24 items 4-5): a
// hand-written `impl Future`'s poll in rustc's await loop is an await of an external future for
// `coroslim check tests/import/handwritten_dump` (frontend/import_future.c), and inline-single-await's
// form B for any future type fires on it where its conditions hold. handwritten_dump/ is made by
// tests/import/regen.sh with the installed rustc (1.95.0).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub fn log(_msg: &str, _n: u32) {}

// no drop glue: rustc's MIR never drops its __awaitee
pub struct Tick(pub u32);
impl Future for Tick {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0 + 1)
    }
}

// drop glue (a String field): its __awaitee is dropped after Ready
pub struct Named(pub String);
impl Future for Named {
    type Output = usize;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<usize> {
        Poll::Ready(self.0.len())
    }
}

// fires (form B): the future has no drop glue and the postamble is pure arithmetic
pub async fn pure_after(x: u32) -> u32 {
    let t = Tick(x).await;
    t * 2
}

// fires (form B): a plain forwarder; the output is the future's (form A needs a coroutine)
pub async fn forward(x: u32) -> u32 {
    Tick(x).await
}

// must not fire: the postamble calls out and Tick may answer Ready again on a poll after completion
pub async fn effect_after(x: u32) -> u32 {
    let t = Tick(x).await;
    log("after", t);
    t
}

// must not fire: the awaited future has drop glue (its drop would move from after Ready to C's drop)
pub async fn glue(s: String) -> usize {
    Named(s).await + 1
}

// must not fire: the await is in a loop
pub async fn looped(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        s += Tick(i).await;
    }
    s
}

// a trait object awaited: an external future too (Box<dyn Future> has drop glue: form B declines)
pub async fn boxed(f: Pin<Box<dyn Future<Output = u32>>>) -> u32 {
    f.await + 1
}

// a generic future: dropped after Ready (needs_drop of a type parameter is true), declined
pub async fn generic<F: Future<Output = u32>>(f: F) -> u32 {
    f.await
}

// not an await: a poll written by hand in an async block with the Context it captured (no
// get_context): it stays a call
pub fn by_hand<'a, 'b>(t: &'a mut Tick, cx: &'a mut Context<'b>) -> impl Future<Output = u32> + use<'a, 'b> {
    async move {
        match Pin::new(t).poll(cx) {
            Poll::Ready(v) => v,
            Poll::Pending => 0,
        }
    }
}
