// invalid (ergo31): a `&` pattern against a `&mut` initializer: rustc's E0308 at the pattern
async fn f(n: u32) -> u32 {
    let mut h = guard(n);
    let &x = &mut h; //~ ERROR [E0308] mismatched types
    0
}
