// invalid (pat36): `*rm` assigned while a `ref mut` binding of its field lives: E0506
enum W { A(u32, u32) }
fn g(rm: &mut W) -> u32 {
    match *rm { W::A(ref mut x, _) => { *rm = W::A(0, 0); *x } } //~ ERROR [E0506] cannot assign to `*rm` because it is borrowed
}
