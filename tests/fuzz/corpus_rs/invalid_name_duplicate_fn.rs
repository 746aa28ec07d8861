// invalid: two fns with the same name
fn f() {}
fn f() {} //~ ERROR the name `f` is defined multiple times
