// invalid: `let ref mut m @ 0..=255 = x;`: rustc accepts it; the subset does not (bind30: an async
// block's capture of x would be by `&mut`, not a read's)
fn f(mut x: u8) -> u8 {
    let ref mut m @ 0..=255 = x; //~ ERROR not supported
    *m
}
