// covers (bc37): a future of an async `&self` method held in a variable (`let fut = h.first(Some(&y));`,
// moved into another variable, assigned over another such future, made again in a loop) gives its await's
// output only the receiver's loans (rustc: the output type's regions, lifetime elision), not the other
// arguments': y assigned after the await while the output is still used (rustc accepts); a free async fn's
// future held in a variable keeps every argument's loan in its output (z assigned after the output's last use)
struct H { k: u32 }
impl H {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.k) } else { None } }
}
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
//@ args: held 3
//@ args: held 0
async fn held(n: u32) -> u32 {
    let h = H { k: n };
    let mut y = 2;
    let fut = h.first(Some(&y));
    let c = fut.await;
    y = 5;
    let a = match c { Some(v) => *v + y, None => y };
    let fut = h.first(Some(&y));
    let moved = fut;
    let d = moved.await;
    y = 6;
    let b = match d { Some(v) => *v + y, None => y };
    a + b + reassigned(n).await + looped(n).await
}
async fn reassigned(n: u32) -> u32 {
    let h = H { k: n };
    let h2 = H { k: n + 1 };
    let mut y = 2;
    let mut fut = h2.first(None);
    fut = h.first(Some(&y));
    let c = fut.await;
    y = 5;
    let mut z = 1;
    let g = keep(Some(&z));
    let e = match g.await { Some(v) => *v, None => 0 };
    z = 3;
    match c { Some(v) => *v + y + e + z, None => y + h2.k }
}
async fn looped(n: u32) -> u32 {
    let h = H { k: n };
    let mut y = 2;
    let mut t = 0;
    let mut i = 0;
    while i < 3 {
        let fut = h.first(Some(&y));
        let c = fut.await;
        y += 1;
        t += match c { Some(v) => *v, None => 0 };
        i += 1;
    }
    t + y
}
