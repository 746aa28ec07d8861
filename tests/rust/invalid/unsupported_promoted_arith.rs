// invalid: `&(7i32 / -1)`: a signed division by -1 is no promotion in rustc (validate_rvalue: `MIN / -1`
// overflows), so the `let` extends the temporary; promo38 refuses a constant rustc does not promote
fn f(n: i32) -> i32 {
    let r = &(7i32 / -1); //~ ERROR not supported
    *r + n
}
