// invalid: a struct pattern on a field reads a Guard field moved out before (E0382)
struct G2 { g: Guard, v: u32 }
struct H { h: G2, m: u32 }
fn eat(g: Guard) {}
async fn f(h: H) -> u32 {
    eat(h.h.g);
    yield_now().await;
    match h.h {
        G2 { g, v } => v, //~ ERROR [E0382] use of moved value: `h.h.g`
    }
}
