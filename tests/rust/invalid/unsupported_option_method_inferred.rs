// invalid: a method call on an Option whose type is still being inferred (`let o = Some(n);`): rustc
// accepts `o.unwrap()`; coroslim has no std methods and says so (it segfaulted before: the partial
// instance's index was read as an enum item's)
fn f(n: u32) -> u32 {
    let o = Some(n);
    o.unwrap() //~ ERROR method `unwrap` of `Option<u32>` is not supported
}

fn main() { let _ = f(1); }
