// invalid: negating a type's minimum in a const (E0080)
const LO: i8 = -128;
const HI: i8 = -LO; //~ ERROR attempt to negate `i8::MIN`, which would overflow
fn f() -> i8 {
    HI
}
