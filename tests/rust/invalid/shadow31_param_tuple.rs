// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (param_tuple)
struct P(u32);
fn f(P: u32) -> u32 { //~ ERROR function parameters cannot shadow tuple structs
    1
}
