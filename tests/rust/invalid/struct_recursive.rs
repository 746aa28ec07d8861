// invalid: a struct holding itself by value
struct A { x: u32, a: A } //~ ERROR recursive type `A` has infinite size
fn f() {}
