// invalid: `o` borrowed mutably while the implicit `ref mut` binding into it is live across an await (E0499)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut o {
        Some(x) => {
            yield_now().await;
            let z = &mut o; //~ ERROR [E0499] cannot borrow `o` as mutable more than once at a time
            *x
        }
        None => 0,
    }
}
