// invalid (issue 22, tree27): a literal inside a variant of an array element: `a[_].0` at the match's start
enum W { A(u32, u32), B }
fn f(mut a: [W; 2], i: usize) {
    let r = &mut a;
    match a[i] { W::A(0, _) => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `a[_].0` because it was mutably borrowed
    let q = r;
}
