// invalid: a public fn whose signature names a private struct: rustc warns (private_interfaces) and makes
// the struct reachable; not modelled
struct P;
pub fn f(_p: P) -> u32 { 1 } //~ ERROR not supported
