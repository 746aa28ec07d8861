// invalid: match patterns that bind a variable
fn f(x: u32) -> u32 {
    match x {
        0 => 1,
        n => n + 1, //~ ERROR not supported
    }
}
