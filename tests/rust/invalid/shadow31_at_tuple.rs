// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (at_tuple)
struct P(u32);
fn f(x: u32) -> u32 {
    match x { P @ 1 => 1, _ => 0 } //~ ERROR match bindings cannot shadow tuple structs
}
