// invalid: `pub` visibility
pub fn f() -> u32 { 1 } //~ ERROR not supported
