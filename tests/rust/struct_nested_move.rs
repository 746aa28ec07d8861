// covers: a Guard moved out of a struct nested in a tuple struct on one path only (a drop flag on
// the move path o.1.g; the borrow checker still lets o.1.x be read), the rest dropped at the end
//@ args: deep 6,true
//@ args: deep 6,false
struct In { x: u8, g: Guard }
struct Out(u32, In, Guard);
async fn sink(g: Guard) -> u32 {
    yield_now().await;
    1
}
async fn deep(v: u32, c: bool) -> u32 {
    let o = Out(v, In { x: 3, g: guard(v) }, guard(2));
    yield_now().await;
    if c {
        sink(o.1.g).await;
    }
    yield_now().await;
    o.0 + o.1.x as u32
}
