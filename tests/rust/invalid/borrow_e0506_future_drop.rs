// invalid: an async fn's future holding `&v` is dropped at the end of its scope, after the
// assignment: dropck keeps its borrow live although it is never awaited (E0506)
async fn read(r: &u32) -> u32 {
    *r
}
async fn f(x: u32) -> u32 {
    let mut v = x;
    let fut = read(&v);
    v = 2; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    v
}
