// invalid: binary operator without a right operand
fn f() -> u32 {
    1 + } //~ ERROR expected expression
