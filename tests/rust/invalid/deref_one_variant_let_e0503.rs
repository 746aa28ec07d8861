// invalid (pat36): `let &mut W::A(v, _) = rm;` while `p` holds `&mut *rm`: E0503 at the field
enum W { A(u32, u32) }
fn g(rm: &mut W) -> u32 {
    let p = &mut *rm;
    let &mut W::A(v, _) = rm; //~ ERROR [E0503] cannot use `rm.0` because it was mutably borrowed
    *p = W::A(1, 1);
    v
}
