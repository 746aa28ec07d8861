// invalid: `Some(a @ ref mut b)`: as `a @ ref mut b` inside a field, refused (rustc: E0503 at a when b
// is used later, bind30)
fn f(mut o: Option<u32>) -> u32 {
    match o { Some(a @ ref mut b) => { *b += 1; a }, None => 0 } //~ ERROR not supported
}
