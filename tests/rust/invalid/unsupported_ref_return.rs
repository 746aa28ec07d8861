// invalid: fns returning references (they need lifetimes)
fn first(r: &u32) -> &u32 { //~ ERROR returning a reference is not supported
    r
}
