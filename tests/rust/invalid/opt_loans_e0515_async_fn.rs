// invalid (optloan35): an async fn returning `Some(&y)` of its local (E0515)
async fn g(o: Option<&u32>) -> Option<&u32> {
    let y = 5u32;
    Some(&y) //~ ERROR [E0515] cannot return value referencing local variable `y`
}
