// PASS: relocate-upvars
// must fire: an async fn's arguments are moved into locals at its first poll and
// those locals are saved across the awaits; rustc keeps the arguments in the
// prefix too (rust-lang/rust#62958: "async fn doubles argument size"). The subset
// has no arrays: four u64 arguments stand in for #62958's `arg: [u8; 8192]`.
// The upvars move into locals in a prologue and share bytes with the Suspend
// states: 112 -> 80 bytes.
//@ args: test 1,2,3,4
async fn consume(a: u64, b: u64, c: u64, d: u64) -> u64 {
    a + b + c + d
}

async fn test(a: u64, b: u64, c: u64, d: u64) -> u64 {
    yield_now().await;
    consume(a, b, c, d).await
}
