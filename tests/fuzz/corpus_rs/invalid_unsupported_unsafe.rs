// invalid: `unsafe` blocks
fn f() -> u32 {
    unsafe { 1 } //~ ERROR not supported
}
