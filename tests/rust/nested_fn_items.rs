// covers: fn and async fn items inside fn bodies (items29): an item used before its declaration, an
// async item awaited, items calling each other and themselves, two items of one name in nested blocks
// (rustc's `inner` and `inner#1`), items inside an async block and inside another item, a Guard held
// across an await of a nested async fn
//@ args: outer 3
//@ args: outer 40
//@ args: in_block::{closure#0}::{closure#0}::step 4
//@ args: in_block 2
//@ args: outer::{closure#0}::helper 7
async fn outer(x: u32) -> u32 {
    let a = inner(x);
    fn inner(y: u32) -> u32 {
        y + 1
    }
    async fn helper(y: u32) -> u32 {
        let g = guard(y);
        yield_now().await;
        observe(y);
        drop_late(g);
        twice(y)
    }
    fn twice(y: u32) -> u32 {
        y * 2
    }
    fn drop_late(_g: Guard) {}
    let b = helper(a).await;
    {
        fn inner(y: u32) -> u32 {
            y + 3
        }
        let c = async move { helper(inner(b)).await };
        c.await + inner(0)
    }
}

fn sync_outer(n: u32) -> u32 {
    fn fact(n: u32) -> u32 {
        if n == 0 { 1 } else { n * fact(n - 1) }
    }
    fn deeper(n: u32) -> u32 {
        fn leaf(n: u32) -> u32 {
            n + 100
        }
        leaf(n) + fact(n)
    }
    deeper(n)
}

async fn in_block(n: u32) -> u32 {
    let f = async move {
        async fn step(k: u32) -> u32 {
            yield_now().await;
            k + 10
        }
        step(n).await + step(n + 1).await
    };
    let s = sync_outer(n);
    f.await + s
}
