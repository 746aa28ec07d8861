// invalid (issue 22, tree27): a literal inside a variant of a multi-variant enum variable is tested at the match's start, `w.0`, before the discriminant at the scrutinee
enum W { A(u32, u32), B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    match w { W::A(0, _) => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `w.0` because it was mutably borrowed
    let q = r;
}
