// covers (pat35): `let &(mut x) = e;` (a mutable binding under a reference pattern, the parentheses
// keeping `mut` off the `&`), `let &&(mut y) = r;`, in a fn and across an await
fn one(n: u32) -> u32 {
    let y = n;
    let &(mut x) = &y;
    x += 1;
    x
}
fn two(r: &&u32) -> u32 {
    let &&(mut y) = r;
    y *= 2;
    y
}
//@ args: foo 4
async fn foo(n: u32) -> u32 {
    let w = n + 1;
    let &(mut z) = &w;
    yield_now().await;
    z += 3;
    let r = &n;
    z + one(n) + two(&r) + w
}
