// invalid (repr40): explicit discriminants on variants with fields need a primitive repr, `C` is not one (E0732)
#[repr(C)]
enum E { A(u32) = 3, B } //~ ERROR [E0732] must be specified for enums with explicit discriminants
fn f() -> E { E::B }
