// invalid: `keep` holds the first iteration's `&v`, used after the loop, across the assignment
// of `v` in every iteration (E0506)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let w = 0u32;
    let mut keep = &w;
    let mut i = 0u32;
    while i < 3 {
        let r = &v;
        if i == 0 {
            keep = r;
        }
        v += 1; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
        i += 1;
    }
    *keep
}
