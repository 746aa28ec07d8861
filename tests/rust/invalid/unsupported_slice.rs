// unsupported: slice types
fn f(a: &[u32]) -> u32 { //~ ERROR slice types are not supported
    1
}
