// invalid (ergo31): `mut` before a reference pattern: rustc's parser (parse_pat_ident_mut) adds `mut` to
// y and reports at the `mut`
async fn f(n: u32) -> u32 {
    let mut &y = &n; //~ ERROR `mut` must be attached to each individual binding
    y
}
