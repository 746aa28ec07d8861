// invalid (hunt37): a name bound twice in one parameter's pattern is rustc's E0415 (the parameter
// list's), not E0416, at the second binding (`b: a`'s `a`, not the field)
struct P { a: u32, b: u32 }
async fn f(x: u32, P { a, b: a }: P) -> u32 { a + x } //~ ERROR [E0415] identifier `a` is bound more than once in this parameter list
