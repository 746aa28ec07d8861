// invalid: a tuple struct's name as a match arm's pattern is no binding (rustc's resolver: E0530)
struct P(u32);
fn f(x: u32) -> u32 {
    match x { P => 1, _ => 2 } //~ ERROR [E0530] match bindings cannot shadow tuple structs
}
