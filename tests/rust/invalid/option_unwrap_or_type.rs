// invalid: `unwrap_or` takes the payload type: a u8 default of an Option<u32> is rustc's E0308 (meth40)
fn f(o: Option<u32>) -> u32 {
    o.unwrap_or(1u8) //~ ERROR [E0308] mismatched types
}
