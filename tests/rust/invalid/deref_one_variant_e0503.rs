// invalid (pat36): a one-variant enum matched through `*rm` while `p` holds `&mut *rm`: rustc's E0503 at the
// field read (before pat36 a false E0507 at the scrutinee)
enum W { A(u32, u32) }
fn g(rm: &mut W) -> u32 {
    let p = &mut *rm;
    match *rm { W::A(v, _) => { *p = W::A(1, 1); v } } //~ ERROR [E0503] cannot use `rm.0` because it was mutably borrowed
}
