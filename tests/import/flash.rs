// tests/import/flash.rs — the validation of `coroslim import DUMPDIR --format=flash`
// (measure/emit_import.c, DESIGN.md "Flash bytes of real code"): real-shaped async code
// whose non-async callees are out of line (#[inline(never)], as a callee in another
// crate is to the emitted crate's extern declarations), with std types that have drop
// glue (String, Vec, Box) and enums. flash_dump/ is made by tests/import/regen.sh;
// bench/real/flash_validate.py compares the bytes of each coroutine emitted after
// lowering with rustc's own object of this file (same flags, the roots at the end).
use std::future::Future;
use std::mem::ManuallyDrop;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Yield(pub bool);
impl Future for Yield {
    type Output = ();
    #[inline(never)]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }
    }
}

pub struct Conn { pub id: u32, pub name: String, pub buf: Vec<u8> }
pub enum Msg { Ping, Data(u32, u64), Text(String) }

#[inline(never)]
pub fn checksum(b: &[u8]) -> u32 { b.iter().map(|&x| x as u32).sum() }
#[inline(never)]
pub fn log_line(s: &str) { std::hint::black_box(s); }
#[inline(never)]
pub fn next_msg(n: u32) -> Msg { if n == 0 { Msg::Ping } else { Msg::Data(n, n as u64 * 3) } }

// an upvar with drop glue held across an await, then used: relocate-upvars' shape
pub async fn send(c: Conn) -> u32 {
    Yield(false).await;
    log_line(&c.name);
    c.id + checksum(&c.buf)
}

// two awaits, a match on an enum with payloads
pub async fn dispatch(n: u32) -> u64 {
    let m = next_msg(n);
    Yield(false).await;
    let r = match m {
        Msg::Ping => 1,
        Msg::Data(a, b) => a as u64 + b,
        Msg::Text(s) => s.len() as u64,
    };
    Yield(false).await;
    r
}

// awaits another async fn of the crate (its future a saved local)
pub async fn relay(c: Conn, n: u32) -> u64 {
    let a = send(c).await;
    let b = dispatch(n).await;
    a as u64 + b
}

// no await
pub async fn pure(x: u64, y: u64) -> u64 { x ^ y }

// a Box and an Option across an await
pub async fn boxed(b: Box<u64>, o: Option<u32>) -> u64 {
    Yield(false).await;
    *b + o.unwrap_or(7) as u64
}

// the roots: each future made, polled once through poll_task and dropped through free_task
#[inline(never)]
pub fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> { f.poll(cx) }
#[inline(never)]
pub unsafe fn free_task<F>(f: *mut F) { unsafe { std::ptr::drop_in_place(f) } }
fn drive<F: Future>(f: F, cx: &mut Context<'_>) {
    let mut f = ManuallyDrop::new(f);
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    let _ = std::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_send(cx: &mut Context<'_>, c: Conn) { drive(send(c), cx) }
pub fn root_dispatch(cx: &mut Context<'_>, n: u32) { drive(dispatch(n), cx) }
pub fn root_relay(cx: &mut Context<'_>, c: Conn, n: u32) { drive(relay(c, n), cx) }
pub fn root_pure(cx: &mut Context<'_>, x: u64, y: u64) { drive(pure(x, y), cx) }
pub fn root_boxed(cx: &mut Context<'_>, b: Box<u64>, o: Option<u32>) { drive(boxed(b, o), cx) }
