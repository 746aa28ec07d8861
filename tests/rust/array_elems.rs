// covers: arrays (issue 22 item 4) of structs and enums: a field of an element read and assigned
// (`a[i].x`, `a[i].g = ..`: drop-and-replace of the element's Guard), an array of enums matched by
// element, an array held across awaits inside a loop, indexes from arithmetic, a sync fn's array
//@ args: elems 0
//@ args: elems 1
//@ args: elems 2
//@ args: looped 3
struct P { x: u32, g: Guard }
enum E { A, B(u32) }
fn total(a: [u8; 3]) -> u32 { a[0] as u32 + a[1] as u32 + a[2] as u32 }
async fn elems(i: usize) -> u32 {
    let mut ps = [P { x: 1, g: guard(10) }, P { x: 2, g: guard(20) }];
    yield_now().await;
    ps[i].x += 5;
    ps[1 - i % 2].g = guard(30);
    let es = [E::A, E::B(4)];
    yield_now().await;
    let k = match es[i % 2] { E::A => 1, E::B(v) => v };
    ps[i].x + k + total([1, 2, 3])
}
async fn looped(n: usize) -> u32 {
    let mut acc = [0u32; 4];
    let mut j = 0;
    while j < n {
        acc[j] = acc[j] + j as u32;
        yield_now().await;
        j += 1;
    }
    acc[n - 1] + acc[0]
}
