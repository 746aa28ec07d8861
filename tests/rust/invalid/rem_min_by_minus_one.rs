// invalid: `K % -1` with K = i32::MIN overflows: rustc's deny-by-default unconditional_panic, as for `/`
const K: i32 = -2147483648;
fn f(n: i32) -> i32 {
    K % -1 + n //~ ERROR this operation will panic at runtime
}
