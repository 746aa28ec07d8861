// invalid (bc37): a free async fn's future held in a variable: its output holds its argument's loan, y
// assigned while the output is used: E0506
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn f(n: u32) -> u32 {
    let mut y = 2;
    let fut = keep(Some(&y));
    let c = fut.await;
    y = 5; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match c { Some(v) => *v, None => y }
}
