// invalid (issue 22, tree27): `_ => .., W::A(0, _) => ..`: the unreachable arm's tests are made after the first arm's false edge, at the match's start
enum W { A(u32, u32), B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    match w { _ => observe(1), W::A(0, _) => observe(2) } //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
