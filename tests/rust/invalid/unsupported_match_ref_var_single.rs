// invalid (pat36): a single `&p` arm against `&r` (r a `&T`) is refused (rustc accepts it: p matched
// against `&T` with default binding modes)
fn f(r: &Option<u32>) -> u32 {
    match &r {
        &Some(x) => 1, //~ ERROR a reference pattern of a reference or `ref` pattern is not supported
        _ => 0,
    }
}
