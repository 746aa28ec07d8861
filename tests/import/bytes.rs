// tests/import/bytes.rs — rustc's own coroutines and -Zprint-type-sizes for `coroslim import
// tests/import/bytes_dump --format=bytes` (issue 24 items 1 and 3): rustc's sizes read into the
// imported bodies, coroslim's layout of each against rustc's, each pass in future bytes.
// bytes_dump/ is made by tests/import/regen.sh with the installed rustc (1.95.0).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(pub bool);
impl Future for Yield {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}

pub struct Frame { pub data: [u8; 64], pub len: u16, pub name: String }

// rust-lang/rust#62958: the argument is held twice (upvar and saved local): relocate-upvars shrinks it
pub async fn twice(f: Frame) -> u16 {
    Yield(false).await;
    f.len + f.name.len() as u16
}

// a fat pointer (&str: 16 bytes) and a tuple live across the await
pub async fn fat(s: &str, t: (u8, u32, u16)) -> usize {
    Yield(false).await;
    s.len() + t.1 as usize
}

// awaits another async fn of the crate: its future is a saved local, sized by its own record
pub async fn outer(f: Frame) -> u16 {
    let a = twice(f).await;
    a + 1
}

// generic: rustc lays out its instances only; the body holds a T and is not sized
pub async fn generic<T: Clone>(t: T) -> T {
    Yield(false).await;
    t.clone()
}

// no await: elide-awaitless makes it stateless
pub async fn awaitless(x: u64) -> u64 {
    x * 2
}

pub fn instances() -> impl Future<Output = u16> {
    async { outer(Frame { data: [0; 64], len: 3, name: String::new() }).await + generic(1u8).await as u16 + awaitless(1).await as u16 + fat("a", (1, 2, 3)).await as u16 }
}
