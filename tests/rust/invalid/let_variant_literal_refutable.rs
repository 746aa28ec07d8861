// invalid: a literal inside a one-variant enum's pattern in `let` (E0005, the ranges left)
enum W { A(u8, u32) }
fn f(w: W) -> u8 {
    let W::A(z, 3) = w; //~ ERROR [E0005] refutable pattern in local binding: patterns `W::A(_, 0_u32..=2_u32)` and `W::A(_, 4_u32..=u32::MAX)` not covered
    z
}
