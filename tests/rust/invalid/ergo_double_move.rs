// invalid (ergo30): a `mut` binding through `&&o` (default binding modes peel both references, the
// 2021 `mut` reset binds by value) moves a Guard out from behind them: rustc's E0507 at the scrutinee
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &&o { //~ ERROR [E0507] cannot move out of a shared reference
        Some(mut g) => 1,
        None => 0,
    }
}
