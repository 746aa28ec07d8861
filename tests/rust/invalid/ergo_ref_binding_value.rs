// invalid: `&x` against a scrutinee that is not a reference (E0308 at the `&`)
async fn f(n: u32) -> u32 {
    match n {
        1 => 0,
        &x => x, //~ ERROR [E0308] mismatched types
    }
}
