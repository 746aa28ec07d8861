// invalid: range patterns in match
fn f(x: u32) -> u32 {
    match x {
        0..=9 => 1, //~ ERROR not supported
        _ => 2,
    }
}
