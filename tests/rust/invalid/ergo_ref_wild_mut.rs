// invalid: `&mut _` against a shared reference (E0308 at the `&`)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match &o {
        Some(x) => *x,
        &mut _ => 0, //~ ERROR [E0308] mismatched types
    }
}
