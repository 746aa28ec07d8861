// invalid: tuples
fn f() -> u32 {
    let t = (1u32, 2u32); //~ ERROR not supported
    3
}
