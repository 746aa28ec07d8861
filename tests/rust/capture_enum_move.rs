// covers: a Guard moved out of an enum an async block captures (issue 22 item 4): a binding that
// moves (not Copy) consumes a field below the matched place, so rustc's compute_min_captures
// captures the enum (or the struct field holding it) by value even in a block without `move`;
// the block's drop elaboration then drops only what is still initialised: the enum upvar opened
// by variant (open_drop_for_multivariant), the moved field's drop flag set on the arm that moves
// it. Shapes: `async move` + if let, a match moving on some arms with an await inside one, a
// non-move block (by value), the move on one path and an await after the match (the flag saved
// across it), a field of a struct (`s.g`, the struct then partly moved), a nested payload, an
// Option<Guard> field, a move block inside a borrowing one, an async fn's parameter, and the
// enum only read (by `&`, no flag)
enum G { A, B(Guard), C(u32, Guard) }
enum O { P(G), Q(u32) }
struct In { k: u32, g: G }
struct S { a: u32, g: G, og: Option<Guard>, inner: In, o: O }
fn mk_g(n: u32) -> G {
    if n == 0 { G::A } else if n < 3 { G::B(guard(n)) } else { G::C(n, guard(n + 1)) }
}
fn mk(n: u32) -> S {
    S { a: n, g: mk_g(n), og: if n > 1 { Some(guard(n + 10)) } else { None },
        inner: In { k: n + 1, g: mk_g(n + 1) }, o: if n > 2 { O::P(mk_g(n)) } else { O::Q(n) } }
}
//@ args: if_let 0
//@ args: if_let 1
async fn if_let(n: u32) -> u32 {
    let e = mk_g(n);
    async move { yield_now().await; if let G::B(g) = e { let h = g; observe(1); } 1 }.await
}
//@ args: arms 0
//@ args: arms 2
//@ args: arms 4
async fn arms(n: u32) -> u32 {
    let e = mk_g(n);
    async move {
        match e {
            G::A => 0,
            G::B(g) => { let h = g; 1 }
            G::C(k, g) => { yield_now().await; k }
        }
    }
    .await
}
//@ args: non_move 1
//@ args: non_move 4
async fn non_move(n: u32) -> u32 {
    let e = mk_g(n);
    async { match e { G::A => 0, G::B(g) => 1, G::C(k, _) => { yield_now().await; k } } }.await
}
//@ args: one_path 1
//@ args: one_path 3
async fn one_path(n: u32) -> u32 {
    let e = mk_g(n);
    async move {
        let r = match e { G::B(g) => { let h = g; 1 } _ => 0 };
        yield_now().await;
        observe(r);
        r
    }
    .await
}
//@ args: field 2
//@ args: field 3
async fn field(n: u32) -> u32 {
    let s = mk(n);
    let b = async { yield_now().await; match s.g { G::C(k, g) => { observe(k); k } _ => s.a } };
    observe(s.a);
    let r = b.await;
    r + s.a + s.inner.k
}
//@ args: nested 2
//@ args: nested 3
async fn nested(n: u32) -> u32 {
    let s = mk(n);
    async move { match s.o { O::P(G::B(g)) => { yield_now().await; 1 } O::P(_) => 2, O::Q(k) => k } }.await
}
//@ args: option 1
//@ args: option 2
async fn option(n: u32) -> u32 {
    let s = mk(n);
    async { yield_now().await; if let Some(g) = s.og { let h = g; yield_now().await; 1 } else { 0 } }.await
}
//@ args: inner_move 3
async fn inner_move(n: u32) -> u32 {
    let s = mk(n);
    let b = async move { match s.inner.g { G::B(g) => { yield_now().await; s.a } _ => s.inner.k } };
    yield_now().await;
    let r = b.await;
    r + s.a + s.inner.k
}
//@ args: nested_blocks 4
async fn nested_blocks(n: u32) -> u32 {
    let e = mk_g(n);
    async { let inner = async move { yield_now().await; match e { G::C(k, g) => k, _ => 0 } }; inner.await + 1 }.await
}
async fn from_param(s: S) -> u32 {
    async { yield_now().await; match s.g { G::C(k, g) => k, _ => 0 } }.await + s.a
}
//@ args: calls_param 3
async fn calls_param(n: u32) -> u32 {
    from_param(mk(n)).await
}
//@ args: read_only 3
async fn read_only(n: u32) -> u32 {
    let s = mk(n);
    let r = async { yield_now().await; match s.g { G::A => 0, G::B(_) => 1, G::C(k, _) => k } }.await;
    let t = s.g;
    r
}
