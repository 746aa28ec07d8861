// invalid: the scrutinee used while a `ref mut` binding of its field is live (E0503)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let mut t = 0;
    if let Some(ref mut v) = o {
        let c = o; //~ ERROR [E0503] cannot use `o` because it was mutably borrowed
        *v += 1;
        t = match c { Some(x) => x, None => 0 };
    }
    t
}
