// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (nested_tuple)
fn f(x: u32) -> u32 {
    struct Q(u32);
    let Q = x; //~ ERROR let bindings cannot shadow tuple structs
    1
}
