// invalid: arrays of arrays (arrays themselves are supported: issue 22 item 4)
fn f() -> u32 {
    let a = [[1u32; 4]; 2]; //~ ERROR arrays of arrays are not supported
    3
}
