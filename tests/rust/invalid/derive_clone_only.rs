// invalid: Clone derived without Copy: rustc's clone is field-wise (not built), refused
#[derive(Clone)] //~ ERROR `derive(Clone)` without `Copy` is not supported
struct P { a: u32 }
fn f(p: P) -> u32 {
    p.a
}
