// invalid (pat36): a struct parameter pattern against a `&G` parameter (default binding modes: rustc
// binds `&Guard` and `&u32`); the subset refuses a `let` pattern matched through a reference
struct G { g: Guard, k: u32 }
fn f(G { g, k }: &G) -> u32 { //~ ERROR not supported
    *k
}
