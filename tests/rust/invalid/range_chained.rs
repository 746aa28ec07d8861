// invalid: a range pattern followed by another range operator: rustc lists what may follow a range
fn f(x: u8) -> u32 {
    match x {
        1..=2..=3 => 1, //~ ERROR expected one of `=>`, `if`, or `|`, found `..=`
        _ => 2,
    }
}
