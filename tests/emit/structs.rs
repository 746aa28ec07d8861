// covers: struct items in the emitted crate (issue 22 item 4): named, tuple, unit and nested structs
// written as the source's #[repr(Rust)] items with compile-time asserts that rustc's layout is the
// IR's (size, alignment, every field's offset), struct aggregates in brace syntax (declaration
// order), field places (`_4.g`, `_4.1`) in and out of the coroutine's views, a struct returned
// through Poll (its payload field projected), a Guard field moved out, and the bytes harness
// passing a struct argument (`take`, called by no fn) by its fields
struct Inner { x: u8, flag: bool }
struct Outer { id: u16, inner: Inner, g: Guard }
struct Pair(Guard, u64);
struct Unit;
async fn take(o: Outer, p: Pair, u: Unit) -> u32 {
    yield_now().await;
    o.id as u32 + p.1 as u32
}
async fn make(v: u32) -> Inner {
    yield_now().await;
    Inner { x: 3, flag: v > 2 }
}
async fn fields(v: u32) -> u32 {
    let mut o = Outer { inner: Inner { flag: true, x: 9 }, id: 4, g: guard(v) };
    let p = Pair(guard(2), 7);
    o.id = o.id + 1;
    let i = make(v).await;
    let g = o.g;
    yield_now().await;
    if i.flag { observe(p.1 as u32); }
    o.inner.x as u32 + i.x as u32
}
