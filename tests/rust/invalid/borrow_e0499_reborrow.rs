// invalid: two reborrows `&mut *r` live at once (E0499)
async fn f(r: &mut u32) {
    let a = &mut *r;
    let b = &mut *r; //~ ERROR [E0499] cannot borrow `*r` as mutable more than once at a time
    yield_now().await;
    *a += 1;
    *b += 1;
}
