// invalid: `..=5` as an Option's pattern: E0308 at its bound
async fn f(o: Option<u32>) -> u32 {
    match o {
        None => 0,
        ..=5 => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
