// covers: arrays (issue 22 item 4): a literal and a repeat, indexing by an argument (read, write,
// op-assign, `&mut a[i]`), constant indexes, an array held across an await, an index out of bounds
//@ args: arr 1,5
//@ args: arr 3,5
//@ args: garr 0
//@ args: garr 2
async fn arr(i: usize, x: u32) -> u32 {
    let mut a = [x, 2, 3];
    a[i] = 7;
    a[1] += x;
    yield_now().await;
    let r = &mut a[2];
    *r = 4;
    a[i] + a[0]
}
async fn garr(i: usize) -> u32 {
    let g = [guard(1), guard(2)];
    let z = [7u8; 4];
    yield_now().await;
    observe(z[3] as u32);
    let r = &g[i];
    yield_now().await;
    i as u32
}
