// invalid (ergo30): `v @ Some(_)` through a `&mut T` variable moves the reference: a later use of
// the variable is E0382
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
    let w = r; //~ ERROR [E0382] use of moved value: `r`
    a
}
