// covers (issue 22): move paths per field of a one-variant enum, as rustc's MoveData has them
// (`(w as A).1` a child of `w`): after a Guard is moved out of a one-variant enum (by a match, an
// `if let`, or an async block capturing it), a later match reading only its Copy fields reads no
// discriminant and is accepted, as rustc accepts it; the same below a struct field (`s.w`), for a
// struct variant, and after the field moved out of a struct. A block borrowing a Copy field and a
// match moving the Guard out are disjoint. The must-reject twins are
// tests/rust/invalid/borrow_partial_*.rs.
enum W { A(u32, Guard) }
enum V { X { n: u32, g: Guard } }
struct S { a: u32, w: W }
struct P { a: u32, g: Guard, b: u32 }
fn mkw(n: u32) -> W { W::A(n % 4, guard(n)) }
async fn local_match(n: u32) -> u32 {
    let w = mkw(n);
    match w { W::A(_, g) => { let h = g; } }
    yield_now().await;
    match w { W::A(k, _) => k }
}
async fn block_moved(n: u32) -> u32 {
    let w = mkw(n);
    let f = async move { match w { W::A(_, g) => { let h = g; } } };
    f.await;
    match w { W::A(k, _) => k }
}
async fn if_let_moved(n: u32) -> u32 {
    let w = mkw(n);
    if let W::A(_, g) = w { let h = g; }
    yield_now().await;
    if let W::A(k, _) = w { k } else { 0 }
}
async fn struct_variant(n: u32) -> u32 {
    let v = V::X { n, g: guard(n) };
    match v { V::X { g, .. } => { let h = g; } }
    yield_now().await;
    match v { V::X { n, .. } => n }
}
async fn field_enum(n: u32) -> u32 {
    let s = S { a: n, w: mkw(n) };
    match s.w { W::A(_, g) => { let h = g; } }
    yield_now().await;
    let k = match s.w { W::A(k, _) => k };
    k + s.a
}
async fn block_field(n: u32) -> u32 {
    let s = S { a: n, w: mkw(n) };
    let f = async move { match s.w { W::A(_, g) => { let h = g; } } };
    f.await;
    match s.w { W::A(k, _) => k + s.a }
}
async fn struct_fields(n: u32) -> u32 {
    let p = P { a: n, g: guard(n), b: 2 };
    let h = p.g;
    yield_now().await;
    match p { P { a, b, .. } => a + b }
}
async fn borrow_then_move(n: u32) -> u32 {
    let w = mkw(n);
    let b = async { match w { W::A(x, _) => x } };
    match w { W::A(_, g) => { let h = g; } }
    b.await
}
