// invalid: `Some(&x)` on an Option<&mut u32>: `&` against a `&mut` field (E0308 at the `&`)
async fn f(n: u32) -> u32 {
    let mut m = n;
    let p = Some(&mut m);
    match p {
        Some(&x) => x, //~ ERROR [E0308] mismatched types
        None => 2,
    }
}
