// invalid (ergo31): passing the moved `&mut` variable r reborrows it (`&mut *r`): rustc's E0382
// "borrow of moved value", at the argument
fn bump(o: &mut Option<u32>) -> u32 {
    match o { Some(x) => { *x += 1; *x } None => 100 }
}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let r = &mut o;
    let w = r;
    bump(r) //~ ERROR [E0382] borrow of moved value: `r`
}
