// covers (bc36): an awaited future's output carries only the loans rustc's output regions hold: an async
// `&self` method's `Option<&u32>` its receiver's (lifetime elision), not its other arguments' (y assigned
// while the output is live); an output holding no reference none (`pick(..).await` of u32); an async fn
// with one reference-holding argument its argument's (z assigned after the output's last use); an async
// method returning a reference to self's data while borrowing a local for the call (no E0515)
struct H { k: u32 }
impl H {
    async fn pick(&self, o: Option<&u32>) -> u32 { match o { Some(v) => *v + self.k, None => self.k } }
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
    async fn of_local(&self, n: u32) -> Option<&u32> { let y = n; yield_now().await; self.first(Some(&y)).await }
}
async fn both(a: &u32, b: u32) -> u32 { *a + b }
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
//@ args: f 3
//@ args: f 0
async fn f(n: u32) -> u32 {
    let h = H { k: n };
    let mut y = 2;
    let a = h.pick(Some(&y)).await;
    y = 3;
    let b = both(&y, 1).await;
    y = 4;
    let c = h.first(Some(&y)).await;
    y = 5;
    let d = match c { Some(v) => *v, None => 0 };
    let mut z = 1;
    let g = keep(Some(&z)).await;
    let e = match g { Some(v) => *v, None => 0 };
    z = 2;
    let w = match h.of_local(n).await { Some(v) => *v, None => 7 };
    let mut q = 6;
    let o = async { yield_now().await; q + 1 }.await;
    q = 8;
    a + b + d + e + y + z + w + o + q
}
