// invalid: returning a bool from a fn declared to return u32
fn f() -> u32 {
    true //~ ERROR mismatched types
}
