// invalid: a `&mut p` pattern against a `&` scrutinee (E0308)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match &o {
        &mut Some(x) => x, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
