// invalid: a const of a body whose evaluation overflows through another const (E0080)
const BIG: u32 = 4_000_000_000;
fn f() -> u32 {
    const TWICE: u32 = BIG * 2; //~ ERROR attempt to compute `4000000000_u32 * 2_u32`, which would overflow
    TWICE
}
