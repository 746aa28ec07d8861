// invalid: a `ref` binding held across an await while the place is assigned (E0506)
async fn g() {}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(ref v) => {
            g().await;
            o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
            *v
        }
        None => 0,
    }
}
