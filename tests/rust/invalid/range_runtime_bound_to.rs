// invalid: `..y` (exclusive, no lower bound) naming a let binding
fn f(x: u8) -> u32 {
    let y = 4u8;
    match x {
        ..y => 1, //~ ERROR [E0080] runtime values cannot be referenced in patterns
        _ => 2,
    }
}
