// invalid: the implicit `ref mut` binding of `if let Some(x) = &mut o` is live while `o` is borrowed (E0502)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    if let Some(x) = &mut o {
        let y = &o; //~ ERROR [E0502] cannot borrow `o` as immutable because it is also borrowed as mutable
        *x += 1;
        yield_now().await;
    }
    0
}
