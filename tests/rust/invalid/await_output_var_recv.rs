// invalid (bc37): an async `&self` method's future held in a variable: its await's output holds the
// receiver's loan, h assigned while the output is used: E0506
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn f(n: u32) -> u32 {
    let mut h = H { k: n };
    let y = 2;
    let fut = h.first(Some(&y));
    let c = fut.await;
    h = H { k: 1 }; //~ ERROR [E0506] cannot assign to `h` because it is borrowed
    match c { Some(v) => *v, None => y }
}
