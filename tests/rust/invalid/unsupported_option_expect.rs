// invalid: `expect("..")` takes a `&str`, which the subset does not have: refused (meth40)
fn f(o: Option<u32>) -> u32 {
    o.expect("none") //~ ERROR not supported
}
