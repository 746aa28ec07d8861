// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (let_unit_mut)
struct U;
fn f(x: u32) -> u32 {
    let mut U = x; //~ ERROR let bindings cannot shadow unit structs
    1
}
