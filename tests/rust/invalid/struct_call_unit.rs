// invalid: a unit struct called as a function
struct U;
fn f() {
    let u = U(); //~ ERROR expected function, found struct `U`
}
