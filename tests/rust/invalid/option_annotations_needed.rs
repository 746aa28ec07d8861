// invalid: the Option's type argument is never known
fn f() -> u32 {
    let x = None; //~ ERROR type annotations needed
    0
}
