// tests/import/linked.rs — rustc's own coroutines linked with the callee coroutines they await
// (issue 24 item 4): tests/import/regen.sh dumps them with -Zdump-mir=StateTransform and
// bench/real/link.py --link-dumps writes linked_dump/ (each body with its callees' bodies and
// constructors), for `coroslim check tests/import/linked_dump` (inline-single-await on
// rustc's bodies, checked) and COROSLIM_ISA_EXPLAIN's reasons.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub fn log(_msg: &str, _n: u32) {}

// a future the crate defines by hand
pub struct Ready(pub u32);
impl Future for Ready {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0)
    }
}

// the callee: one await of a hand-written future
pub async fn leaf(x: u32) -> u32 {
    let v = Ready(x).await;
    log("leaf", v);
    v
}

// must fire, form A: a pure forwarder to a coroutine of the crate (replaced by leaf's future)
pub async fn forward(x: u32) -> u32 {
    leaf(x).await
}

// must fire, form B: an effect after the await of a coroutine (leaf panics when polled again)
pub async fn effect_after(x: u32) -> u32 {
    let y = leaf(x).await;
    log("after", y);
    y
}

// a generic callee, instantiated by its caller (T := u32 on the text)
pub async fn id<T>(t: T) -> T {
    Ready(1).await;
    t
}
pub async fn generic_caller(x: u32) -> u32 {
    id(x).await
}

// must not fire: a value with drop glue (String) lives across the await
pub async fn owned_across(name: String, x: u32) -> u32 {
    let v = leaf(x).await;
    log(&name, v);
    v
}

// must not fire form A: a part of a captured struct is moved into the callee (the struct's
// other fields, unknown to the importer, would no longer be dropped with the future)
pub struct Txn {
    pub inner: String,
    pub n: u32,
}
pub async fn take(s: String) -> u32 {
    Ready(s.len() as u32).await
}
pub async fn commit(t: Txn) -> u32 {
    take(t.inner).await
}
