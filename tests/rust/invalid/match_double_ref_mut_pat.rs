// invalid (mref39): `&mut _` beside peeling arms of `match &&o`: E0308 at the `&mut`
async fn f(o: Option<u32>) -> u32 {
    yield_now().await;
    match &&o {
        Some(x) => *x,
        &mut _ => 0, //~ ERROR [E0308] mismatched types
    }
}
