// invalid: `pow` takes a u32 exponent whatever Self is: a u8 is rustc's E0308 (meth40)
fn f(x: u64) -> u64 {
    x.pow(2u8) //~ ERROR [E0308] mismatched types
}
