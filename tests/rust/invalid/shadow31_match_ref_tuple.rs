// invalid (items31): E0530, a binding named as a tuple or unit struct in scope (match_ref_tuple)
struct P(u32);
fn f(x: u32) -> u32 {
    match x { ref P => 1 } //~ ERROR match bindings cannot shadow tuple structs
}
