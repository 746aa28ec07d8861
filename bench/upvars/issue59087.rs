// covers: rust-lang/rust#59087 "Not directly awaiting an async fn doubles its size" in the subset:
// `i_am_1kb` holds a big local across its await (four u64 for `[u8; 1024]`); composed_1 awaits
// it directly, composed_2 binds the future to a local first, composed_3 nests async blocks that
// each bind the inner future to a local before awaiting it.
async fn i_am_big() -> bool {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    let d = 4u64;
    yield_now().await;
    a + b + c + d > 0
}

async fn composed_1() -> bool {
    i_am_big().await
}

async fn composed_2() -> bool {
    let inner = i_am_big();
    observe(1);
    inner.await
}

async fn composed_3() -> bool {
    let inner = async {
        let inner = async {
            i_am_big().await
        };
        observe(2);
        inner.await
    };
    observe(3);
    inner.await
}
