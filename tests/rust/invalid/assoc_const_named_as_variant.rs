// invalid (hunt36): `E::X` names the variant when `impl E` has an associated const `X` too (rustc
// resolves a variant first: resolve_fully_qualified_call); coroslim took the const (a u32 here)
enum E {
    X,
    Y,
}
impl E {
    const X: u32 = 7;
}
async fn f() -> u32 {
    E::X //~ ERROR mismatched types
}
