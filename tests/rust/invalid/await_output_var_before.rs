// invalid (bc37): the future held in a variable carries every argument's loan until awaited: y assigned
// before the await: E0506
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn f(n: u32) -> u32 {
    let h = H { k: n };
    let mut y = 2;
    let fut = h.first(Some(&y));
    y = 5; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match fut.await { Some(v) => *v, None => y }
}
