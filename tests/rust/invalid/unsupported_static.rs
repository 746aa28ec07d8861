// invalid: `static mut` items (consts35 admits immutable statics of integer, bool and char type)
static mut COUNT: u32 = 0; //~ ERROR not supported
fn f() {}
