// invalid (mref39): a reference pattern of one layer against `&&mut o` (rustc: E0596 for `&Some(x)`, the
// `ref mut` default mode under a `&`; `&_` accepted, `&y` E0507): refused
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &&mut o {
        &&mut None => 1,
        &_ => 0, //~ ERROR a reference pattern of one layer against `&&mut` is not supported
    }
}
