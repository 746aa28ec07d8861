// invalid: a char literal of two characters (diag27)
fn f() -> char {
    'ab' //~ ERROR character literal may only contain one codepoint
}
