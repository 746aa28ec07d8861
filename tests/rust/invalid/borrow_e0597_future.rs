// invalid: a future borrows a variable of an inner block and is awaited after it (E0597)
async fn read(r: &u32) -> u32 {
    *r
}
async fn f() -> u32 {
    let fut;
    {
        let y = 1u32;
        fut = read(&y); //~ ERROR [E0597] `y` does not live long enough
    }
    fut.await
}
