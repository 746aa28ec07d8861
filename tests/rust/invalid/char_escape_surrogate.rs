// invalid: a surrogate is no char (diag27)
fn f() -> char {
    '\u{D800}' //~ ERROR invalid unicode character escape
}
