// invalid: char has no arithmetic (diag27)
fn f(c: char) -> char {
    c + 1 //~ ERROR [E0369] cannot add `{integer}` to `char`
}
