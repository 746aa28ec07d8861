// invalid: a shared reference where a mutable one is expected (E0308)
fn put(r: &mut u32) { *r = 1; }
fn f() {
    let x = 1u32;
    put(&x); //~ ERROR mismatched types
}
