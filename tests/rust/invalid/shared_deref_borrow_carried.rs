// invalid (bcj39): the reborrow `&*r` of r: &T is not tracked, but it carries r's loan of y: y assigned
// while it is live is E0506
async fn foo(n: u32) -> u32 {
    let mut y = n + 1;
    let z = n + 2;
    let mut r = &y;
    let b = &*r;
    r = &z;
    y = 7; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    yield_now().await;
    *b + *r + y
}
