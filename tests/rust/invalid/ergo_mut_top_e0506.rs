// invalid (ergo30): `other` moved out of a `&mut T` variable holds its loan of `o`: assigning `o`
// while `other` lives is E0506
fn bump(o: &mut Option<u32>) -> u32 {
    match o { Some(x) => { *x += 1; *x } None => 100 }
}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let r = &mut o;
    match r {
        Some(0) => 0,
        other => {
            o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
            bump(other)
        }
    }
}
