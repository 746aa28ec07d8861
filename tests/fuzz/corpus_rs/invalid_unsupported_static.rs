// invalid: `static` items
static COUNT: u32 = 0; //~ ERROR not supported
fn f() {}
