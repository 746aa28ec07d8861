// invalid: a `&p` pattern against a scrutinee that is not a reference (E0308)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match o {
        &Some(x) => x, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
