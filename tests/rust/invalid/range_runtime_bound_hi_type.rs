// invalid: a local upper bound of another integer type than the scrutinee's: typeck's E0308 before THIR's E0080
async fn f(x: u32) -> u32 {
    let y = 3u8;
    match Some(x) {
        Some(0..=y) => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
