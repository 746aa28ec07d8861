// invalid: trait impls (static dispatch of trait methods is not modelled yet)
struct S;
impl Tr for S { fn f(&self) -> u32 { 1 } } //~ ERROR trait impls are not supported
