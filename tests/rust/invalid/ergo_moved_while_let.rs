// invalid (ergo31): `while let v @ Some(_) = r` moves r in every iteration: rustc's E0382 is at the
// scrutinee's discriminant read of the next iteration (the binding's use of r itself, a prefix of
// `*r`, is not reported)
fn bump(o: &mut Option<u32>) -> u32 {
    match o { Some(x) => { *x += 1; *x } None => 100 }
}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let r = &mut o;
    while let v @ Some(_) = r { //~ ERROR [E0382] use of moved value: `r`
        bump(v);
    }
    0
}
