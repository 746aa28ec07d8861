// invalid: a range bound naming a fn: E0029
fn g() {}
fn f(x: u32) -> u32 {
    match x {
        ..=g => 1, //~ ERROR [E0029] only `char` and numeric types are allowed in range patterns
        _ => 2,
    }
}
