// invalid: the conflicting read comes before the reassignment on a path where r still holds the
// first loan (the other branch) and is used after the join (E0503)
async fn f(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    if c {
        r = &mut a[1];
    } else {
        let n = a[0]; //~ ERROR [E0503] cannot use `a[_]` because it was mutably borrowed
        *r += n;
    }
    *r += 1;
    yield_now().await;
    a[0]
}
