// invalid (refref33): a mutable borrow of `**r` where the inner reference is shared
async fn f(n: u32) -> u32 {
    let mut k = n;
    let mut r = &k;
    let rr = &mut r;
    let m = &mut **rr; //~ ERROR [E0596] cannot borrow `**rr` as mutable, as it is behind a `&` reference
    *m
}
