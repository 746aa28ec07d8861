// invalid (issue 22, tree27): a literal in a struct-like variant: `w.k` at the match's start
enum W { A { k: u32, n: u32 }, B }
fn f(mut w: W, c: u32) {
    let r = &mut w;
    match w { W::A { k: 0, .. } => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `w.k` because it was mutably borrowed
    let q = r;
}
