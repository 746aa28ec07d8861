// invalid (mref39): the top binding v of `match &r` (the `&&T`) keeps r's loan of a alive: E0506 assigning a
fn f(n: u32) -> u32 {
    let mut a = Some(n);
    let r = &a;
    match &r {
        Some(0) => 1,
        v => { a = None; //~ ERROR [E0506] cannot assign to `a` because it is borrowed
            match **v { Some(k) => k, None => 0 } }
    }
}
