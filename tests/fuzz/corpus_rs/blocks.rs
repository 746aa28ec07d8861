// covers: block expressions, shadowing, scopes ending across awaits, unit blocks
//@ args: scoped 3
async fn scoped(x: u32) -> u32 {
    let a = {
        let t = x * 2;
        t + 1
    };
    let a = a + 1;
    let b = {
        yield_now().await;
        a * 3
    };
    {
        let c = b + 1;
        observe(c);
    }
    yield_now().await;
    b
}
