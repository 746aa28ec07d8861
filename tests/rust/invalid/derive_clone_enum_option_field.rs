// invalid (clone39): Clone derived on an enum with an `Option<u32>` field: core's
// `<Option<u32> as Clone>::clone` is not modelled
#[derive(Clone)]
enum E { A, B(Option<u32>) } //~ ERROR `derive(Clone)` of a field of this type is not supported
fn f(e: E) -> u32 {
    match e { E::A => 0, E::B(_) => 1 }
}
