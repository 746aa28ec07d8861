// invalid (pat36): `let &&mut G { g, .. } = &&mut h;` moves the Guard out from behind both references:
// rustc's E0507 at the initializer
struct G { g: Guard, k: u32 }
fn f(n: u32) -> u32 {
    let mut h = G { g: guard(n), k: 1 };
    let &&mut G { g, .. } = &&mut h; //~ ERROR [E0507] cannot move out of a shared reference
    n
}
