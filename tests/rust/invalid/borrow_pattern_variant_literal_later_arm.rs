// invalid (issue 22, tree27): a literal in the second arm's variant, the first arm's discriminant read first: rustc's first error by span is the literal's at the match's start
enum W { A(u32, u32), B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    match w { W::B => observe(0), W::A(0, _) => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
