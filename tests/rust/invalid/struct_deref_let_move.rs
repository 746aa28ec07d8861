// invalid: a `let` struct pattern on a `&mut` dereference moves a Guard field out (E0507)
struct G2 { g: Guard, v: u32 }
async fn f(r: &mut G2) -> u32 {
    yield_now().await;
    let G2 { g, .. } = *r; //~ ERROR [E0507] cannot move out of `r.g` which is behind a mutable reference
    1
}
