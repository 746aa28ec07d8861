// invalid: a binding named as a tuple struct (its constructor is a value)
struct T(u32);
fn f() -> u32 {
    let T = 5; //~ ERROR let bindings cannot shadow tuple structs
    1
}
