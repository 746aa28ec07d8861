// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (sub_tuple)
struct P(u32);
fn f(x: Option<u32>) -> u32 {
    match x { Some(P) => 1, None => 0 } //~ ERROR match bindings cannot shadow tuple structs
}
