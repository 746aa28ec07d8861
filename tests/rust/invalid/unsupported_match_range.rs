// invalid: a range pattern whose bound is a path (`u32::MAX`), not an integer literal
fn f(x: u32) -> u32 {
    match x {
        0..=u32::MAX => 1, //~ ERROR not supported
    }
}
