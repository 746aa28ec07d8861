// invalid: the `if` inside the argument writes `a[1]` on the branch that keeps r's loan (E0506)
fn f(_x: u32, y: u32) -> u32 { y }
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let y = f(0, if c { a[1] = 5; 1 } else { r = &mut a[2]; 2 }); //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *r += 1;
    y
}
