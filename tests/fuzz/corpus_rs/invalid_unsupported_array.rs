// invalid: arrays
fn f() -> u32 {
    let a = [1u32; 4]; //~ ERROR not supported
    3
}
