// invalid: `&a` where `&mut [u8]` is expected (slice40, E0308)
fn put(s: &mut [u8]) {
    s[0] = 1;
}
fn f() {
    let mut a = [1u8, 2];
    put(&a); //~ ERROR [E0308] mismatched types
}
