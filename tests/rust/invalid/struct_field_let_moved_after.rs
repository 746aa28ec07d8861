// invalid: a field used whole after a `let` struct pattern on it moved its Guard out (E0382)
struct G2 { g: Guard, v: u32 }
struct H { h: G2, m: u32 }
fn f(h: H) -> u32 {
    let G2 { g, v } = h.h;
    let t = h.h; //~ ERROR [E0382] use of partially moved value: `h.h`
    v
}
