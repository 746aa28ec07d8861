// invalid: a field of an integer
fn f() -> u32 {
    let x = 1u32;
    x.a //~ ERROR `u32` is a primitive type and therefore doesn't have fields
}
