// invalid: both bounds naming locals: E0080 at the lower one
async fn f(x: u32, y: u32, z: u32) -> u32 {
    match x {
        1 => 0,
        y..=z => 1, //~ ERROR [E0080] runtime values cannot be referenced in patterns
        _ => 2,
    }
}
