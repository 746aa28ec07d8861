// invalid: rustc reports E0499 at the `ref mut b` binding first, the discriminant read's E0503 at
// the scrutinee `e` second (same line): coroslim's first error is rustc's (char28, ref27's order)
enum E { A(u32), B }
async fn f(n: u32) -> u32 {
    let mut e = E::A(n);
    let mut t = 0;
    if let E::A(ref mut a) = e {
        yield_now().await;
        if let E::A(ref mut b) = e { //~ ERROR [E0499] cannot borrow `e.0` as mutable more than once at a time
            *b += 1;
        }
        *a += 1;
        t = 1;
    }
    t
}
