// PASS: panic-to-pending
// FLAGS: --release --panic=abort
// CHECK: incomplete (it never completes: every run reaches the interpreter's step limit)
// must not fire: the body cannot return (an endless loop) and cannot unwind
// (panic=abort), so rustc already emits neither arm 1 nor arm 2.
async fn forever() {
    loop {
        yield_now().await;
        observe(1);
    }
}
