// invalid (loan34): `&r` in an async block
async fn foo(n: u32) -> u32 {
    async {
        let mut y = n;
        let r = &mut y;
        let rr = &r;
        y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
        yield_now().await;
        **rr
    }.await
}
