// invalid: the call's first argument, a Guard, is a temporary held across the await in its
// second argument: the async block's witness needs drop, so its drop uses `&v` (E0506)
fn take(g: Guard, n: u32) -> u32 { n }
async fn f(x: u32) -> u32 {
    let mut v = x;
    let b = async {
        take(guard(1), { yield_now().await; v })
    };
    v = 5; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    v
}
