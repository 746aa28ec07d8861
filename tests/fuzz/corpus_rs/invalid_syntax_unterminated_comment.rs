// invalid: unterminated block comment
fn f() -> u32 { 1 }
/* this comment never ends
//~^ ERROR unterminated block comment
fn g() {}
