// invalid (ergo31): a match through the moved `&mut` variable r borrows it at its ref binding x
// (the default binding mode's `ref mut`): rustc's E0382 "borrow of moved value", at x (the last
// use of its MIR kept: report_use_of_moved_or_uninitialized)
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
    match r {
        Some(x) => *x += 1, //~ ERROR [E0382] borrow of moved value: `r`
        None => {}
    }
    a
}
