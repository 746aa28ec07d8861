// invalid: a match of arms each borrowing y through a call, their values ending their flight at the
// join into o, y assigned while o is live: E0506 (bcq38: the flights end at one node)
fn id(o: Option<&u32>) -> Option<&u32> { o }
async fn foo(x: u32) -> u32 {
    let mut y = x + 1;
    let o = match x {
        0 => id(Some(&y)),
        1 => id(Some(&y)),
        2 => id(Some(&y)),
        _ => None,
    };
    y += 1; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    yield_now().await;
    match o { Some(r) => *r + y, None => 0 }
}
