// invalid: macro invocations
fn f() {
    assert!(true); //~ ERROR not supported
}
