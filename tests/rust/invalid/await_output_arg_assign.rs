// invalid (bc36): an async fn's `Option<&u32>` output holds its argument's loan (lifetime elision from
// the one reference-holding input): z assigned while the output is still used is E0506
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn f(n: u32) -> u32 {
    let mut z = n;
    let g = keep(Some(&z)).await;
    z = 2; //~ ERROR [E0506] cannot assign to `z` because it is borrowed
    match g { Some(v) => *v, None => z }
}
