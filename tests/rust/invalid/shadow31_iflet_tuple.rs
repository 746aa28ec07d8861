// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (iflet_tuple)
struct P(u32);
fn f(x: Option<u32>) -> u32 {
    if let Some(P) = x { 1 } else { 0 } //~ ERROR let bindings cannot shadow tuple structs
}
