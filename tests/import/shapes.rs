// tests/import/shapes.rs — the async shapes the importer and report must recognise.
// shapes.mir is `rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir shapes.rs`
// (rustc 1.95.0); regenerate with tests/import/regen.sh.
pub struct Guard(pub u32);
impl Drop for Guard {
    fn drop(&mut self) {}
}

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

// no await: elide-awaitless
pub async fn constant() -> u32 {
    42
}

// one await of a direct async fn call, nothing else: a pure forwarder
pub async fn forward(x: u32) -> u32 {
    leaf(x).await
}

// one await with a postamble: a candidate, not a pure forwarder
pub async fn wrapper(x: u32) -> u32 {
    leaf(x).await + x
}

// two sequential awaits: nothing to merge
pub async fn two(x: u32) -> u32 {
    let a = leaf(x).await;
    let b = leaf(a).await;
    a + b
}

// match arms that await the same callee: merge-states
pub async fn arms(cmd: bool) -> u32 {
    match cmd {
        true => leaf(123).await,
        false => leaf(456).await,
    }
}

// a guard live across the await, and an async block
pub async fn guarded(x: u32) -> u32 {
    let g = Guard(x);
    let r = async move { leaf(x).await }.await;
    r + g.0
}

// Option and a loop: opaque statements
pub async fn looped(v: Option<u32>) -> u32 {
    let mut s = 0;
    for i in 0..v.unwrap_or(3) {
        s += leaf(i).await;
    }
    s
}
