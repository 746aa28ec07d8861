// invalid (optloan35): an Option<&u32> holding a local's loan returned (the tail) (E0515)
fn g(o: Option<&u32>) -> Option<&u32> {
    let y = 5u32;
    let p = Some(&y);
    p //~ ERROR [E0515] cannot return value referencing local variable `y`
}
