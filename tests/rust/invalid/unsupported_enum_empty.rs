// invalid: an enum without variants (uninhabited: not modelled)
enum E {} //~ ERROR not supported
fn f(n: u32) -> u32 { n }
