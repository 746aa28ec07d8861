// invalid: `Some(a @ ref mut b)`: as `a @ ref mut b` inside a field, refused (rustc accepts it here, b not
// used after; E0503 at a when it is, bind30)
fn f(mut o: Option<u32>) -> u32 {
    match o { Some(a @ ref mut b) => a, None => 0 } //~ ERROR not supported
}
