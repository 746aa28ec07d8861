// invalid: a slice borrow of an array borrows the whole array (slice40, E0506)
fn f() -> u8 {
    let mut a = [1u8, 2, 3];
    let s: &[u8] = &a;
    a[2] = 7; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    s[0]
}
