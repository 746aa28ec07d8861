// invalid: two async blocks capture `x` by `&mut`, both futures live (E0499)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let a = async { v += 1; };
    let b = async { v += 2; }; //~ ERROR [E0499] cannot borrow `v` as mutable more than once at a time
    a.await;
    b.await;
    v
}
