// invalid (bc36): an async `&self` method's `Option<&u32>` output holds the receiver's loan: h assigned
// while the output is still used is E0506 (only the other argument's loan is dropped at the await)
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn f(n: u32) -> u32 {
    let mut h = H { k: n };
    let y = 2;
    let c = h.first(Some(&y)).await;
    h = H { k: 1 }; //~ ERROR [E0506] cannot assign to `h` because it is borrowed
    match c { Some(v) => *v, None => y }
}
