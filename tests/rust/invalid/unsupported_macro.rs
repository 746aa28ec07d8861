// invalid: macro invocations other than the subset's (mac40: assert!, panic!, matches! .. are built)
fn f() {
    assert_ne!(1u32, 2); //~ ERROR the macro `assert_ne!` is not supported
}
