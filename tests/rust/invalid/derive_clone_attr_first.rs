// invalid: Clone derived in an attribute before Copy's: rustc's clone is then field-wise (not built)
#[derive(Clone)] //~ ERROR `derive(Clone)` in an attribute before `derive(Copy)`'s is not supported
#[derive(Copy)]
struct P { a: u32 }
fn f(p: P) -> u32 {
    p.a + p.a
}
