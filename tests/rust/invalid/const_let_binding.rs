// invalid: a `let` whose binding names a const: a const pattern, refutable (E0005)
const N: u32 = 4;
fn f(x: u32) -> u32 {
    let N = x; //~ ERROR refutable pattern in local binding
    N
}
