// invalid: `continue` drops the future `fut` holding `&v` (dropck uses the borrow), so the
// assignment before it is E0506 (the other path awaits `fut` first, as NLL accepts)
async fn read(r: &u32) -> u32 {
    *r
}
async fn f(x: u32) -> u32 {
    let mut v = x;
    let mut i = 0u32;
    while i < 3 {
        i += 1;
        let fut = read(&v);
        if i == 1 {
            v += 1; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
            continue;
        }
        v = fut.await;
    }
    v
}
