// invalid: a known index past the end in a sync fn (deny-by-default unconditional_panic)
fn f() -> u32 {
    let a = [1u32, 2, 3];
    let i = 3;
    a[i] //~ ERROR this operation will panic at runtime
}
