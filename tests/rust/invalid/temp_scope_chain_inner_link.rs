// invalid (bcj39): only the inner links of an else-if-let chain give the value a loan of their own
// scrutinee's temporary (the first link's value borrows a local): E0716 at the second link's, the
// first by span (must not be reported at the last link's, nor anywhere for the first link)
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
async fn foo(x: u32) -> u32 {
    let y = x + 3;
    yield_now().await;
    let r = if let Some(_v) = id(Some(&mk(x))) { Some(&y) }
    else if let Some(v) = id(Some(&mk(x + 1))) { Some(v) } //~ ERROR [E0716] temporary value dropped while borrowed
    else if let Some(v) = id(Some(&mk(x + 2))) { Some(v) }
    else { None };
    match r { Some(q) => *q, None => 0 }
}
