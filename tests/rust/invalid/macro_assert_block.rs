// invalid (a form not supported): an assert! condition holding a block (rustc prints its statements on lines of their own)
fn f(x: u32) {
    assert!(if x > 1 { true } else { false }); //~ ERROR condition holding a block is not supported
}
