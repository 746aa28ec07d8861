// covers: nested structs, a struct returned by an async fn (Poll<S> keeps Pending in the
// struct's bool niche), a Guard field replaced by assignment (drop, then the new value), a
// field moved into a callee on one path only (drop flag), a struct captured by an async move
// block, a tuple struct moved whole into a callee, a struct with a bool held across an await
//@ args: one_path 4,true
//@ args: one_path 4,false
//@ args: replace 7
struct Inner { x: u8, flag: bool }
struct Outer { id: u16, inner: Inner, g: Guard }
struct Wrap(Guard, u64);
struct Flags { a: bool, b: u32 }

async fn consume(g: Guard) -> u32 {
    yield_now().await;
    5
}

async fn make(v: u32) -> Flags {
    yield_now().await;
    Flags { a: v > 3, b: v }
}

async fn nested(v: u16) -> u32 {
    let o = Outer { inner: Inner { flag: true, x: 9 }, id: v, g: guard(3) };
    yield_now().await;
    let f = make(7).await;
    if f.a {
        observe(f.b);
    }
    o.inner.x as u32 + o.id as u32
}

async fn one_path(v: u32, c: bool) -> u32 {
    let o = Outer { id: 1, inner: Inner { x: 2, flag: false }, g: guard(v) };
    if c {
        consume(o.g).await
    } else {
        yield_now().await;
        o.id as u32
    }
}

async fn replace(v: u32) -> u32 {
    let mut o = Outer { id: 1, inner: Inner { x: 2, flag: false }, g: guard(v) };
    yield_now().await;
    o.g = guard(v + 1);
    o.inner.x = 4;
    yield_now().await;
    o.inner.x as u32
}

async fn block_move(v: u32) -> u32 {
    let w = Wrap(guard(v), 8);
    let fut = async move {
        yield_now().await;
        observe(2);
        w
    };
    let w2 = fut.await;
    consume(w2.0).await
}

async fn held(v: u32) -> u32 {
    let f = Flags { a: true, b: v };
    yield_now().await;
    let w = Wrap(guard(1), 2);
    yield_now().await;
    take_wrap(w).await + f.b
}

async fn take_wrap(w: Wrap) -> u32 {
    yield_now().await;
    w.1 as u32
}
