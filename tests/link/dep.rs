// tests/link/dep.rs — the dependency of app.rs (tests/link: bench/real/link.py's whole-program resolution).
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub async fn leaf(x: u32) -> u32 {
	x + 1
}

pub struct Conn {
	pub n: u32,
}

impl Conn {
	pub async fn send(&self, x: u32) -> u32 {
		leaf(x).await + self.n
	}
}

pub async fn generic_leaf<T: Copy>(t: T) -> T {
	t
}

pub fn block(x: u32) -> impl Future<Output = u32> {
	async move { x * 2 }
}

/// a future written by hand: its poll is ordinary code
pub struct Ready(pub u32);

impl Future for Ready {
	type Output = u32;
	fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
		Poll::Ready(self.0)
	}
}

pub trait Service {
	async fn call(&self, x: u32) -> u32;
}
