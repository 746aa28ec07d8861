// invalid: `wrapping_add` takes Self: a u8 argument for a u32 is rustc's E0308 (meth40)
fn f(x: u32) -> u32 {
    x.wrapping_add(1u8) //~ ERROR [E0308] mismatched types
}
