// invalid (a form not supported): assert_eq! (core::panicking::assert_failed with Debug)
fn f(x: u32) {
    assert_eq!(x, 1); //~ ERROR the macro `assert_eq!` is not supported
}
