// invalid: 128-bit integer types
fn f(x: u128) -> u32 { 1 } //~ ERROR not supported
