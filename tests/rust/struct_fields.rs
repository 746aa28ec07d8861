// covers: struct items (named and tuple), literals, field reads, assignment, a Guard field moved out
// (a partial move: drop elaboration drops the rest with a drop flag), structs across awaits
struct Pair { a: u32, g: Guard, b: bool }
struct Tup(u8, Guard);
async fn take(p: Pair) -> u32 {
    yield_now().await;
    p.a
}
async fn fields(x: u32) -> u32 {
    let mut p = Pair { a: x, g: guard(1), b: true };
    p.a = p.a + 1;
    yield_now().await;
    let g = p.g;
    let t = Tup(3, guard(2));
    yield_now().await;
    observe(t.0 as u32);
    p.a
}
