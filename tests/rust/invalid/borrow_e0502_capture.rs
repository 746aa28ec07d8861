// invalid: an async block captures `v` by reference while a `&mut v` is live (E0502)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let m = &mut v;
    let b = async { v + 1 }; //~ ERROR [E0502] cannot borrow `v` as immutable because it is also borrowed as mutable
    *m += 1;
    b.await
}
