// invalid: a let's else-if chain of borrows of v inside a loop, v assigned while the value is live:
// E0506 (bcq38: the flights end at one node, made once though the loop is walked twice)
async fn foo(x: u32) -> u32 {
    let mut v = x;
    let mut t = 0;
    loop {
        let o = if t == 0 { Some(&v) } else if t == 1 { Some(&v) } else if t == 2 { Some(&v) } else { None };
        v += 1; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
        t += match o { Some(r) => *r, None => 1 };
        if t > 5 {
            break;
        }
    }
    yield_now().await;
    t
}
