// covers: derived field-wise clones (clone39, issue 22) of fields whose Clone is core's: arrays `[T; N]`
// of Clone T (`<[u8; 4] as Clone>::clone`, `<[Q; 2] as Clone>::clone` of a Clone-only item), `Option<T>`,
// `Result<T, E>` of Clone arguments (`<Option<Q> as Clone>::clone`), in structs and enums (an enum's
// field is not an array in the subset); the interpreter
// and emit take core's clone as `*self` (every Clone type of the subset is a copy of its bytes); the
// clone used after the original moved and the original after its clone, across awaits.
#[derive(Clone)]
struct Q { a: u32, c: char }
#[derive(Clone, Copy)]
struct P { x: u16 }
#[derive(Clone)]
struct S { a: [u8; 4], o: Option<u32>, r: Result<u8, bool>, q: Option<Q>, n: [Q; 2] }
#[derive(Clone)]
struct T([P; 3], Option<P>, Result<Q, u64>);
#[derive(Clone)]
enum E { A(u16), B(Option<Q>), C { r: Result<u32, i8>, a: bool } }
fn q(q: Q) -> u32 {
    q.a + q.c as u32
}
fn e(e: E) -> u32 {
    match e {
        E::A(x) => x as u32,
        E::B(Some(v)) => q(v),
        E::B(None) => 7,
        E::C { r, a } => a as u32 + match r { Ok(v) => v, Err(k) => k as u32 },
    }
}
//@ args: structs 3
async fn structs(n: u32) -> u32 {
    let s = S { a: [1, 2, 3, n as u8], o: Some(n), r: Err(true), q: Some(Q { a: n, c: 'q' }), n: [Q { a: 1, c: 'a' }, Q { a: n, c: 'b' }] };
    let t = s.clone();
    yield_now().await;
    let last = t.a[3];
    let k = match t.q { Some(v) => q(v), None => 0 };
    let r = match s.r { Ok(v) => v as u32, Err(b) => b as u32 + 50 };
    last as u32 + k + r + q(t.n[1].clone()) + match t.o { Some(v) => v, None => 0 } + s.a[0] as u32
}
//@ args: tuple 4
async fn tuple(n: u32) -> u32 {
    let t = T([P { x: 1 }, P { x: n as u16 }, P { x: 3 }], None, Ok(Q { a: n, c: 'z' }));
    let u = T::clone(&t);
    yield_now().await;
    let w = match u.2 { Ok(v) => q(v), Err(x) => x as u32 };
    w + u.0[1].x as u32 + match u.1 { Some(p) => p.x as u32, None => 9 } + t.0[2].x as u32
}
//@ args: enums 5
async fn enums(n: u32) -> u32 {
    let a = E::B(Some(Q { a: n, c: 'e' }));
    let b = E::C { r: Err(-3), a: true };
    let a2 = a.clone();
    yield_now().await;
    let b2 = Clone::clone(&b);
    let c = E::A(n as u16).clone();
    e(a) + e(a2) + e(b) + e(b2) + e(c) + e(E::B(None).clone())
}
