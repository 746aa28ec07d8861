// invalid (bc37): a future variable assigned another call's future: its type's output region holds both
// receivers' loans (the old value's too, rustc: one region), h assigned while the output is used: E0506
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn f(n: u32) -> u32 {
    let mut h = H { k: n };
    let h2 = H { k: 3 };
    let y = 2;
    let mut fut = h.first(None);
    fut = h2.first(Some(&y));
    let c = fut.await;
    h = H { k: 1 }; //~ ERROR [E0506] cannot assign to `h` because it is borrowed
    match c { Some(v) => *v, None => y }
}
