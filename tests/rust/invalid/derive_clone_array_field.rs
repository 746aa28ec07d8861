// invalid: Clone derived on a struct with an array field: core's `<[u32; 2] as Clone>::clone` is not
// modelled
#[derive(Clone)]
struct S { a: [u32; 2] } //~ ERROR `derive(Clone)` of a field of this type is not supported
fn f(s: S) -> u32 {
    s.a[0]
}
