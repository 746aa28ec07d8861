// invalid: a local bool as a range bound: typeck's E0029
async fn f(x: u32, b: bool) -> u32 {
    match x {
        b..=5 => 1, //~ ERROR [E0029] only `char` and numeric types are allowed in range patterns
        _ => 2,
    }
}
