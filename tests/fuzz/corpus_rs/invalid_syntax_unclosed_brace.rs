// invalid: unbalanced braces: a fn body is never closed (reported at end of file)
fn f() -> u32 {
    observe(1);
    2 //~ ERROR unclosed delimiter
