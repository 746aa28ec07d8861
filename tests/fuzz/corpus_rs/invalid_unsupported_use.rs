// invalid: `use` declarations
use std::hint::black_box; //~ ERROR not supported
fn f() {}
