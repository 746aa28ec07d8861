// invalid (mref39): `&&mut Some(x)` alone on `&&mut o`: E0004, the witness spelled through both layers
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    yield_now().await;
    match &&mut o { //~ ERROR [E0004] non-exhaustive patterns: `&&mut None` not covered
        &&mut Some(x) => x,
    }
}
