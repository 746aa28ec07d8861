// The example pass (remove_storage_markers.c), run alone on this program:
// must fire in a debug build (markers.debug.diff: the StorageLive/StorageDead
// statements and nops of the resume fn and drop shim go, nothing else);
// must not fire with --release (markers.release.diff is empty: LLVM would use
// the markers there).
//@ args: leaf 3
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    x + 1
}
