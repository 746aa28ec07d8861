// invalid: in a `while let` whose `ref mut a` is live, an inner `if let` binding `ref mut b` of the
// same field: E0499 at the binding before the scrutinee's E0503, as rustc (char28)
enum E { A(u32), B }
async fn f(n: u32) -> u32 {
    let mut e = E::A(n);
    let mut t = 0;
    while let E::A(ref mut a) = e {
        if let E::A(ref mut b) = e { *b += 1; } //~ ERROR [E0499] cannot borrow `e.0` as mutable more than once at a time
        *a += 1;
        t += 1;
        if t > 3 { break; }
    }
    t
}
