// invalid (issue 22, tree27): `if let W::A(0, _) = w`: the literal inside the variant at the pattern
enum W { A(u32, u32), B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    if let W::A(0, _) = w { observe(1); } //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
