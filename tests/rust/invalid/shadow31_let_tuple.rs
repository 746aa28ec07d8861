// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (let_tuple)
struct P(u32);
fn f(x: u32) -> u32 {
    let P = x; //~ ERROR let bindings cannot shadow tuple structs
    P
}
