// invalid: a `return` drops the future (its borrow live there) after the assignment (E0506)
async fn read(r: &u32) -> u32 {
    *r
}
async fn f(c: bool) -> u32 {
    let mut v = 1u32;
    let fut = read(&v);
    if c {
        v = 2; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
        return v;
    }
    fut.await
}
