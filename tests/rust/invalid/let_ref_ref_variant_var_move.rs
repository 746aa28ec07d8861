// invalid (bc36): `let &&E::K { k, g } = rr;` through a `&&E` local: the Guard field moves out from behind
// two shared references (rustc names the field place `rr.g`)
enum E { K { k: u32, g: Guard } }
async fn f(n: u32) -> u32 {
    let e = E::K { k: n, g: guard(n) };
    let re = &e;
    let rr = &re;
    yield_now().await;
    let &&E::K { k, g } = rr; //~ ERROR [E0507] cannot move out of `rr.g` as enum variant `K` which is behind a shared reference
    k
}
