// covers (pat35): `let` reference patterns of mixed mutability: `let &&mut x = &&mut y;`, `let &mut &x =
// &mut &y;`, `let &mut &mut mut z = r;` through a `&mut &mut u32` parameter, `let &&mut w = rr;`, in a fn
// and across an await
fn one(n: u32) -> u32 {
    let mut y = n;
    let &&mut x = &&mut y;
    let z = 3;
    let &mut &w = &mut &z;
    x + w + y
}
fn two(r: &mut &mut u32) -> u32 {
    let &mut &mut mut z = r;
    z += 1;
    z
}
//@ args: foo 4
async fn foo(n: u32) -> u32 {
    let mut y = n + 1;
    let r = &mut y;
    let rr = &r;
    let &&mut w = rr;
    yield_now().await;
    let mut m = n;
    let mut q = &mut m;
    w + one(n) + two(&mut q)
}
