// invalid: `let ref x = o;` is a loan of o: o assigned while x is live (E0506)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let ref x = o;
    o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
    match *x { Some(y) => y, None => 0 }
}
