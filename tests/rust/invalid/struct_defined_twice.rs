// invalid: two struct items with the same name
struct P { a: u32 }
struct P { b: u32 } //~ ERROR the name `P` is defined multiple times
fn f() {}
