// invalid: in a loop, the branch that assigns keeps r's loan from the other branch or the entry (E0506)
async fn f(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let mut i = 0u32;
    while i < n {
        if i == 1 {
            r = &mut a[1];
        } else {
            a[1] = 4; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
        }
        *r += 1;
        i += 1;
        yield_now().await;
    }
    a[0]
}
