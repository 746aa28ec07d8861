// invalid: a guard must be a bool (E0308)
async fn f(n: u32) -> u32 {
    match n {
        3 if n => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
