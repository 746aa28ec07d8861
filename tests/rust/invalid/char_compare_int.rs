// invalid: a char compared with an integer (diag27)
fn f(c: char) -> bool {
    c == 97 //~ ERROR [E0308] mismatched types
}
