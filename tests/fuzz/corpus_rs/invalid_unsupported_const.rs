// invalid: `const` items
const LIMIT: u32 = 10; //~ ERROR not supported
fn f() -> u32 { LIMIT }
