// invalid: unary minus on a char (diag27)
fn f(c: char) -> char {
    -c //~ ERROR [E0600] cannot apply unary operator `-` to type `char`
}
