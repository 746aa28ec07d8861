// invalid: `-` before a path in a pattern: rustc's parser takes `-` with a literal only
fn f(x: i8) -> u32 {
    match x {
        -i8::MAX => 1, //~ ERROR expected pattern, found `i8`
        _ => 2,
    }
}
