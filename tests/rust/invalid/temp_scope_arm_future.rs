// invalid (bc37): an arm's future borrowing the arm's temporary, awaited after the match: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
async fn h(o: Option<&u32>) -> u32 { yield_now().await; rd(o) }
async fn f(n: u32) -> u32 {
    let y = 3;
    match n { 0 => h(Some(&mk(n))), _ => h(Some(&y)) }.await //~ ERROR [E0716] temporary value dropped while borrowed
}
