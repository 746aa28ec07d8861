// invalid: `\x` escapes in a char literal stop at 0x7F (diag27)
fn f() -> char {
    '\x80' //~ ERROR out of range hex escape
}
