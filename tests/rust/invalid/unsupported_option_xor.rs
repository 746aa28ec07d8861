// invalid: Option's `xor` (core's, by value): not modelled, refused (cmp39 models is_some, is_none, is_ok,
// is_err; meth40 unwrap, unwrap_or, unwrap_or_default, a Result's ok / err)
fn f(o: Option<u32>) -> Option<u32> {
    o.xor(None) //~ ERROR method `xor` of `Option<u32>` is not supported
}
