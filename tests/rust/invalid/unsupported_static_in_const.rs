// invalid (consts35): see the marked line
static A: u32 = 5;
const C: u32 = A + 1; //~ ERROR not supported
fn f() -> u32 { C }
