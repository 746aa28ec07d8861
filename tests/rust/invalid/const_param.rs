// invalid: a parameter named as a const in scope: a const pattern, refutable (E0005)
const N: u32 = 4;
fn f(N: u32) -> u32 { //~ ERROR refutable pattern in function argument
    N
}
