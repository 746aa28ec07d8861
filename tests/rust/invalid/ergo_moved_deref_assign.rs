// invalid (ergo31): after `v @ Some(_)` moved the `&mut` variable r, `*r = None` is E0382 at the
// place `*r` (rustc's span of the assignment), not at r
fn bump(o: &mut Option<u32>) -> u32 {
    match o { Some(x) => { *x += 1; *x } None => 100 }
}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let r = &mut o;
    let a = match r {
        v @ Some(_) => bump(v),
        None => 0,
    };
    *r = None; //~ ERROR [E0382] use of moved value: `r`
    a
}
