// invalid: the reassigned holder's old loan is still carried by a copy taken before it (E0506)
async fn f(c: bool) -> u32 {
    let mut x = 1u32;
    let mut y = 2u32;
    let mut r = &mut x;
    let mut s = &mut y;
    if c {
        s = r;
        r = &mut y;
        x = 5; //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    }
    *s += 1;
    *r += 1;
    yield_now().await;
    x + y
}
