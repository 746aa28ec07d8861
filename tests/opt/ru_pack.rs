// PASS: relocate-upvars-pack
// must fire (relocate-upvars-pack): `x` is live across two awaits, so rustc
// promotes it to the prefix, alive in every state; the callee's future of the
// third await could use its bytes (x is dead there). Packed by the conflicts
// alone: 40 -> 32 bytes. Neither future has an upvar: relocate-upvars alone
// changes nothing (ru_pack_not_alone.rs).
//@ args: f
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    yield_now().await;
    a + b
}

async fn f() -> u64 {
    {
        let x = 1u64;
        yield_now().await;
        observe(x as u32);
        yield_now().await;
        observe(x as u32);
    }
    big().await
}
