// invalid: an assignment to a borrowed place (E0506) before a use of a moved value (E0382): rustc sorts
// its errors by span and reports E0506 first (the walk met E0506 only at the later use of r)
fn g(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let s = guard(n);
    let r = &mut a[0];
    let t = s;
    a[1] = 3; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    let u = s;
    *r += 1;
    a[0]
}
