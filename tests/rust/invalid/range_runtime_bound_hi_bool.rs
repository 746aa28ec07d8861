// invalid: a local bool as an upper range bound: typeck's E0029 (it was E0080)
fn g(x: u32, b: bool) -> u32 {
    match x {
        0..b => 1, //~ ERROR [E0029] only `char` and numeric types are allowed in range patterns
        _ => 2,
    }
}
