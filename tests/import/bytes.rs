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

// roots for bench/real/flash_validate.py (rustc's own object of this file against the crates
// `coroslim import bytes_dump --format=flash` emits): each future polled once and dropped
#[inline(never)]
pub fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> { f.poll(cx) }
#[inline(never)]
pub unsafe fn free_task<F>(f: *mut F) { unsafe { std::ptr::drop_in_place(f) } }
fn drive<F: Future>(f: F, cx: &mut Context<'_>) {
    let mut f = std::mem::ManuallyDrop::new(f);
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    let _ = std::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_twice(cx: &mut Context<'_>, f: Frame) { drive(twice(f), cx) }
pub fn root_fat(cx: &mut Context<'_>, s: &str, t: (u8, u32, u16)) { drive(fat(s, t), cx) }
pub fn root_outer(cx: &mut Context<'_>, f: Frame) { drive(outer(f), cx) }
pub fn root_awaitless(cx: &mut Context<'_>, x: u64) { drive(awaitless(x), cx) }
pub fn root_instances(cx: &mut Context<'_>) { drive(instances(), cx) }
