//! A UART driver in miniature over embedded-io-async 0.6.1's traits.
#![no_std]
use core::convert::Infallible;
use core::future::Future;
use core::pin::pin;
use core::task::{Context, Poll, Waker};
use embedded_io_async::{ErrorType, Read, Seek, SeekFrom, Write};

/// Returns Pending once, then Ready: a hardware FIFO that needs one interrupt.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: core::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub struct Uart {
    pub fifo: [u8; 16],
    pub sent: usize,
    pub pos: u64,
}

impl ErrorType for Uart {
    type Error = Infallible;
}

impl Write for Uart {
    /// Writes at most the FIFO's size per call, after one interrupt.
    async fn write(&mut self, buf: &[u8]) -> Result<usize, Infallible> {
        YieldOnce(false).await;
        let n = buf.len().min(self.fifo.len());
        self.fifo[..n].copy_from_slice(&buf[..n]);
        self.sent += n;
        Ok(n)
    }
}

impl Read for Uart {
    async fn read(&mut self, buf: &mut [u8]) -> Result<usize, Infallible> {
        YieldOnce(false).await;
        let n = buf.len().min(self.fifo.len());
        buf[..n].copy_from_slice(&self.fifo[..n]);
        Ok(n)
    }
}

impl Seek for Uart {
    async fn seek(&mut self, pos: SeekFrom) -> Result<u64, Infallible> {
        if let SeekFrom::Start(p) = pos {
            self.pos = p;
        }
        Ok(self.pos)
    }
}

/// Generic over the writer: embedded-io-async's `write_all` and `flush`
/// (default methods) are instantiated for each writer type it is used with.
pub async fn send_frame<W: Write>(w: &mut W, frame: &[u8]) -> Result<(), W::Error> {
    w.write_all(frame).await?;
    w.flush().await
}

/// Reads a header, then echoes a 32-byte frame: `read_exact` for `Uart`.
pub async fn echo(uart: &mut Uart) -> Result<usize, Infallible> {
    let mut frame = [0u8; 32];
    if uart.read_exact(&mut frame).await.is_err() {
        return Ok(0);
    }
    send_frame(uart, &frame).await?;
    Ok(frame.len())
}

/// Through `&mut Uart`: embedded-io-async's `impl Write for &mut T` forwarders
/// (`T::write(self, buf).await`) are instantiated with T = Uart.
pub async fn run(uart: &mut Uart) -> Result<u64, Infallible> {
    let n = echo(uart).await?;
    let mut by_ref = &mut *uart;
    send_frame(&mut by_ref, b"ok").await?;
    let mut seeker = &mut *uart;
    seeker.rewind().await?;
    Ok(n as u64 + seeker.stream_position().await?)
}

/// The firmware's main loop in miniature: polls the top future to completion,
/// so that every future's poll is compiled in this crate.
#[inline(never)]
pub fn poll_run(uart: &mut Uart) -> u64 {
    let mut cx = Context::from_waker(Waker::noop());
    let mut fut = pin!(run(uart));
    loop {
        if let Poll::Ready(r) = fut.as_mut().poll(&mut cx) {
            return r.unwrap_or(0);
        }
    }
}
