// covers (match38): an if or match whose expected type is an unresolved variable (an array element's, an
// async block's tail) gives its arms no expectation (rustc's adjust_for_branches): a later arm's
// `Some(&y)` is no coercion site by the earlier arm's type, so no reborrow of `&y` (coroslim made a
// temporary and `&(*_t)` there); an annotated let still reborrows (the must-fire side)
fn id(x: Option<&u32>) -> Option<&u32> { x }
fn rd(x: Option<&u32>) -> u32 { match x { Some(v) => *v, None => 0 } }
fn arr(n: u32) -> u32 {
    let y = n + 1;
    let a = [match n { 0 => id(Some(&y)), _ => Some(&y) }];
    rd(a[0])
}
fn arr_if(n: u32) -> u32 {
    let y = n + 2;
    let a = [if n == 1 { id(Some(&y)) } else if n == 2 { None } else { Some(&y) }];
    rd(a[0])
}
fn arr_iflet(n: u32, o: Option<u32>) -> u32 {
    let y = n + 2;
    let a = [if let Some(3) = o { id(Some(&y)) } else { Some(&y) }];
    rd(a[0])
}
fn annotated(n: u32) -> u32 {
    let y = n + 3;
    let r: Option<&u32> = match n { 0 => id(Some(&y)), _ => Some(&y) };
    rd(r)
}
async fn tail(n: u32) -> u32 {
    let y = n;
    let k = async { match n { 0 => id(Some(&y)), 1 => None, _ => Some(&y) } }.await;
    yield_now().await;
    rd(k) + arr(n) + arr_if(n) + arr_iflet(n, Some(n)) + annotated(n)
}
async fn foo(n: u32) -> u32 {
    tail(n).await + tail(n + 1).await + tail(n + 2).await
}
//@ args: foo 0
//@ args: foo 1
