// invalid (constfn40): `?` in a const fn (E0658: Try is not a const trait)
const fn c(o: Option<u32>) -> Option<u32> {
    let x = o?; //~ ERROR [E0658] `?` is not allowed on `Option<u32>` in constant functions
    Some(x)
}
fn f() -> Option<u32> { c(None) }
