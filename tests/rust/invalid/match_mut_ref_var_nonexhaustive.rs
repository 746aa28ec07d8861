// invalid (mref39): `match &mut r` (r a `&mut T`) missing None: E0004, the witness through both layers
async fn f(mut r: &mut Option<u32>) -> u32 {
    yield_now().await;
    match &mut r { //~ ERROR [E0004] non-exhaustive patterns: `&mut &mut None` not covered
        Some(x) => { *x += 1; *x }
    }
}
