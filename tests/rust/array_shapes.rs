// covers: arrays (issue 22 item 4): a struct with an array field, a Guard element replaced by
// assignment (drop, then the new value), an array moved into a callee and returned by one,
// arrays captured by async blocks (by reference and by value), a sync fn indexing, a bool array
//@ args: replace 1
//@ args: replace 4
//@ args: pass 2
//@ args: blocks 0
//@ args: blocks 9
struct Buf { len: u8, data: [u16; 4] }
fn pick(a: [u32; 3], i: usize) -> u32 { a[i] }
async fn make(x: u32) -> [u32; 3] {
    yield_now().await;
    [x, x + 1, x + 2]
}
async fn sum(a: [u32; 3]) -> u32 {
    yield_now().await;
    a[0] + a[1] + a[2]
}
async fn replace(i: usize) -> u32 {
    let mut g = [guard(1), guard(2), guard(3)];
    yield_now().await;
    g[i] = guard(9);
    yield_now().await;
    5
}
async fn pass(i: usize) -> u32 {
    let a = make(3).await;
    let mut b = Buf { len: 2, data: [1; 4] };
    b.data[i] = 6;
    yield_now().await;
    let f = [true, false];
    observe(b.data[i] as u32 + b.len as u32);
    if f[0] { sum(a).await + pick(a, i) } else { 0 }
}
async fn blocks(i: usize) -> u32 {
    let mut a = [4u32; 2];
    let r = async { a[1] + 1 }.await;
    let c = async move { yield_now().await; a[i] }.await;
    a[0] = r;
    c + a[0]
}
