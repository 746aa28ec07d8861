// tests/import/instances.rs — a coroutine polled as another instance of itself.
// rustc prints an async block's type without its generic arguments, so the
// poll of `block::<u8>` in `early` and `late` names the same `{async block@..}`
// as the generic resume fn, with another output. instances.mir is
// `rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir instances.rs`
// (rustc 1.95.0); regenerate with tests/import/regen.sh.
use core::future::Future;

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

// polls the instance before the generic resume fn is printed
pub async fn early() -> u32 {
    block(5u8).await.1
}

pub fn block<T: Copy>(x: T) -> impl Future<Output = (T, u32)> {
    async move { (x, leaf(1).await) }
}

// polls it after
pub async fn late() -> u32 {
    block(7u16).await.1 + block(1u16).await.1
}
