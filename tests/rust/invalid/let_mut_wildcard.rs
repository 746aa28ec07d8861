// invalid (ergo31): `mut` before a pattern with no by-value binding (`_`, `&_`, `S { k: ref kk, .. }`):
// rustc's parser reports at the `mut`
async fn f(n: u32) -> u32 {
    let mut _ = n; //~ ERROR `mut` must be followed by a named binding
    0
}
