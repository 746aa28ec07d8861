// invalid: derives are not modelled (Copy would make moves copies)
#[derive(Clone, Copy)] //~ ERROR `derive` attributes are not supported
struct P { a: u32 }
fn f() {}
