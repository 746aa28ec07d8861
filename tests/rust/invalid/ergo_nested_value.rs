// invalid: `Some(&x)` on an Option<u32>: the field is no reference (E0308 at the `&`)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match o {
        Some(&x) => x, //~ ERROR [E0308] mismatched types
        None => 2,
    }
}
