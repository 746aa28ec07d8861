// invalid (bc37): an async `&self` method's call awaited as the tail, its receiver a local: E0597 at the
// receiver's autoref
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn mk(n: u32) -> u32 { n + 1 }
struct H { k: u32 }
impl H { async fn first(&self, o: Option<&u32>) -> Option<&u32> { Some(&self.k) } }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let h = H { k: n };
    h.first(None).await //~ ERROR [E0597] `h` does not live long enough
}
