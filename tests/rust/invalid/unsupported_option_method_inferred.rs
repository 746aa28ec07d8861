// invalid: a method call on an Option whose type is still being inferred (`let o = Some(n);`): rustc
// accepts `o.ok_or(1u8)`; coroslim does not model it and says so (it segfaulted before: the partial
// instance's index was read as an enum item's; meth40 models `o.unwrap()` there)
fn f(n: u32) -> Result<u32, u8> {
    let o = Some(n);
    o.ok_or(1u8) //~ ERROR method `ok_or` of `Option<u32>` is not supported
}

fn main() { let _ = f(1); }
