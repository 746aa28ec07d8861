// invalid (hunt37): a name bound by two parameters' patterns (rustc E0415, at the second binding; it was
// accepted: each pattern was checked alone)
struct P { a: u32, b: u32 }
struct W(u32, u32);
fn f(P { a, .. }: P, W(a, _): W) -> u32 { a } //~ ERROR [E0415] identifier `a` is bound more than once in this parameter list
async fn foo(x: u32) -> u32 { f(P { a: x, b: 1 }, W(2, 3)) }
