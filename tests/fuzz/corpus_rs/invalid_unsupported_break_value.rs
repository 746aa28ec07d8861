// invalid: `break` with a value
fn f() -> u32 {
    loop {
        break 5; //~ ERROR not supported
    }
}
