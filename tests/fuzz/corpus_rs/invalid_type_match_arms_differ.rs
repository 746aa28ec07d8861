// invalid: match arms of different types
fn f(x: u32) -> u32 {
    match x {
        0 => 1u32,
        _ => true, //~ ERROR `match` arms have incompatible types
    }
}
