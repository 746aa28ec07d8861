// invalid: char literals
fn f() -> u32 {
    let c = 'a'; //~ ERROR not supported
    1
}
