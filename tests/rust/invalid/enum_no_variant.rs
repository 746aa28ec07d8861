// invalid: a variant the enum does not have
enum E { A, B(u32) }
fn f() -> E {
    E::D //~ ERROR no variant
}
