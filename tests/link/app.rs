// tests/link/app.rs — awaits of every kind bench/real/link.py tells apart; regen.sh makes app.mir and dep.mir.
use std::future::Future;
use std::pin::Pin;

async fn local(x: u32) -> u32 {
	x
}

// in the crate: an async fn and an async block of this crate
pub async fn in_crate(x: u32) -> u32 {
	let a = local(x).await;
	let b = async move { a + 1 }.await;
	b
}

// only with the dependency's MIR: its async fns (a method, a generic one) and an async block behind an impl Future
pub async fn in_dep(c: &dep::Conn) -> u32 {
	let a = dep::leaf(1).await;
	let b = c.send(a).await;
	let d = dep::generic_leaf(b).await;
	d + dep::block(2).await
}

// unresolved: a type parameter, a trait object, a hand-written future, a trait's async fn
pub async fn unresolved<F: Future<Output = u32>, S: dep::Service>(f: F, g: Pin<Box<dyn Future<Output = u32>>>, s: &S) -> u32 {
	let a = f.await;
	let b = g.await;
	let c = dep::Ready(3).await;
	let d = std::future::ready(4u32).await;
	a + b + c + d + s.call(5).await
}

// one await each: inline-single-await's candidates
pub async fn single_dep() -> u32 {
	dep::leaf(7).await
}

pub async fn single_local() -> u32 {
	local(8).await
}
