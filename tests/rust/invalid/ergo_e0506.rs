// invalid: `o` assigned while the implicit `ref mut` binding into it is live (E0506)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut o {
        Some(x) => {
            o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
            *x
        }
        None => 0,
    }
}
