// invalid: `if` without `else` used as a u32 value
fn f(c: bool) -> u32 {
    let y: u32 = if c { 1 }; //~ ERROR `if` may be missing an `else` clause
    y
}
