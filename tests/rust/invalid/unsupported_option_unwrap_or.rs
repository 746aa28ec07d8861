// invalid: Option's `unwrap_or` (core's, by value): not modelled, refused (cmp39 models is_some, is_none,
// is_ok, is_err only)
fn f(o: Option<u32>) -> u32 {
    o.unwrap_or(3) //~ ERROR method `unwrap_or` of `Option<u32>` is not supported
}
