// invalid (flow40): a loop's `break` values of two types (E0308)
fn f(n: u32) -> u32 {
    let v = loop {
        if n > 1 { break 5u32; }
        break true; //~ ERROR [E0308] mismatched types
    };
    v
}
