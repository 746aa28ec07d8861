// invalid: Clone without Copy on an enum: rustc's `match *self` of field-wise clones is not built
// (derive38 builds a struct's)
#[derive(Clone)] //~ ERROR `derive(Clone)` without `Copy` on an enum is not supported
enum E { A, B(u32) }
fn f(e: E) -> u32 {
    match e { E::A => 0, E::B(x) => x }
}
