// invalid: in a fn that is not async, E0080 comes after every fn's type check (a later fn's E0308 first)
fn f(x: u32, y: u32) -> u32 {
    if let 0..=y = x { 1 } else { 2 }
}
fn g() -> u32 {
    true //~ ERROR [E0308] mismatched types
}
