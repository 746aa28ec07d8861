// invalid: binding an awaited u32 to a u64 variable
async fn g() -> u32 { 1 }
async fn f() -> u64 {
    let x: u64 = g().await; //~ ERROR mismatched types
    x
}
