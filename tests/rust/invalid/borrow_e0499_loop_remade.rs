// invalid: `keep` holds the loan of `&mut v` made in the first iteration; the second iteration
// makes it again while `keep` (used after the loop) still holds the first (E0499)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let mut w = 0u32;
    let mut keep = &mut w;
    let mut i = 0u32;
    loop {
        let r = &mut v; //~ ERROR [E0499] cannot borrow `v` as mutable more than once at a time
        if i == 1 {
            break;
        }
        keep = r;
        i += 1;
    }
    *keep += 1;
    w
}
