// invalid (variant34): a variant path before its enum's declaration, a parse error between them: the
// parse error is reported (the enum is parsed early without reordering errors)
fn f() -> E { E::B(1) }
fn g() -> u32 { let x = 3 4 } //~ ERROR expected one of `.`, `;`, `?`, `else`, or an operator, found `4`
enum E { A, B(u32) }
