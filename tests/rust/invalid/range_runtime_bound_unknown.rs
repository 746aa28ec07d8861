// invalid: a range bound naming nothing: resolve's E0425 (before any type error)
fn g() -> u32 {
    true
}
fn f(x: u32) -> u32 {
    match x {
        0..=z => 1, //~ ERROR [E0425] cannot find value `z` in this scope
        _ => 2,
    }
}
