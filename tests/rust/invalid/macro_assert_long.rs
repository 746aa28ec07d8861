// invalid (a form not supported): an assert! condition past 78 characters (rustc's message breaks its line)
fn f(x: u32) {
    assert!(x != 1 && x != 2 && x != 3 && x != 4 && x != 5 && x != 6 && x != 7 && x != 8 && x != 9); //~ ERROR condition longer than 78 characters is not supported
}
