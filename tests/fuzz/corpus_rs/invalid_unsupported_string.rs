// invalid: string literals
fn f() -> u32 {
    let s = "hello"; //~ ERROR not supported
    1
}
