// invalid: the arm that assigns does not reassign r, which is used after the match (E0506)
fn f(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    match n {
        0 => { r = &mut a[1]; }
        1 => { a[0] = 7; } //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
        _ => {}
    }
    *r += 1;
    a[1]
}
