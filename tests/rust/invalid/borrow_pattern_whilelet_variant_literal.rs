// invalid (issue 22, tree27): `while let W::A(3, _) = w`: the literal inside the variant at the pattern
enum W { A(u32, u32), B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    while let W::A(3, _) = w { observe(1); } //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
