// invalid (optloan35): `Some(&mut a[0])` and an assignment to another element (E0506)
fn f(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let o = Some(&mut a[0]);
    a[1] = 4; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    if let Some(r) = o { *r = 3; }
    a[0]
}
