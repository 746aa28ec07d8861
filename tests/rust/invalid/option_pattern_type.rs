// invalid: a Result pattern on an Option
fn f(o: Option<u32>) -> u32 {
    match o {
        Ok(v) => v, //~ ERROR mismatched types
        _ => 0,
    }
}
