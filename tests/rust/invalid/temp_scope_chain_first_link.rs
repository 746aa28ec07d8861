// invalid (bcj39): every link of an else-if-let chain gives its value a loan of its own scrutinee's
// temporary, which dies at the link's end: E0716 at each; rustc reports the first by span, the first
// link's (the chain's links were walked back innermost first, and the last link's was reported)
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
async fn foo(x: u32) -> u32 {
    yield_now().await;
    let r = if x == 7 { None }
    else if let Some(v) = id(Some(&mk(x))) { Some(v) } //~ ERROR [E0716] temporary value dropped while borrowed
    else if let Some(v) = id(Some(&mk(x + 1))) { Some(v) }
    else if let Some(v) = id(Some(&mk(x + 2))) { Some(v) }
    else { None };
    match r { Some(q) => *q, None => 0 }
}
