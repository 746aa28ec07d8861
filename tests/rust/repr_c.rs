// covers: `#[repr(C)]` on structs (clone39, issue 22): the fields in declaration order, each at its
// alignment, the size rounded up to the largest alignment (rustc's univariant without field reordering),
// named, tuple and unit structs, held across awaits (the futures' sizes are C's: `S` 12 bytes where the
// repr(Rust) `R` of the same fields is 8); the largest niche still offered (`Option<T>` 24 bytes, None in
// T's first bool), the first of equal niches taken unless the end-biased one sits nearer an end; a repr(C)
// struct holding repr(Rust) ones and the other way round; with `#[derive(Clone, Copy)]` before or after it;
// a repr(C) struct of a fn body.
#[repr(C)]
struct S { a: u8, b: u32, c: u16 }
struct R { a: u8, b: u32, c: u16 }
#[repr(C)]
struct T { x: bool, y: u64, z: bool }
#[repr(C)]
struct U(u8, u16, u8);
#[repr(C)]
struct Z;
#[repr(C)]
struct Mix { r: R, k: u8, u: U }
struct Holds { t: T, s: S, f: u8 }
#[repr(C)]
#[derive(Clone, Copy)]
struct Pt { x: u16, y: u64, ok: bool }
#[derive(Clone, Copy)]
#[repr(C)]
struct Tail(u64, u8, char);
fn total(s: &S) -> u32 {
    s.a as u32 + s.b + s.c as u32
}
//@ args: named 3
async fn named(n: u32) -> u32 {
    let s = S { a: 1, b: n, c: 3 };
    let r = R { a: 4, b: n, c: 6 };
    yield_now().await;
    total(&s) + r.a as u32 + r.b + r.c as u32
}
//@ args: niches 4
async fn niches(n: u32) -> u32 {
    let o: Option<T> = if n > 2 { Some(T { x: false, y: n as u64, z: true }) } else { None };
    let u = U(1, n as u16, 3);
    let z = Z;
    yield_now().await;
    let _z = z;
    let k = match o { Some(t) => t.y as u32 + t.z as u32 + t.x as u32, None => 100 };
    k + u.0 as u32 + u.1 as u32 + u.2 as u32
}
//@ args: nested 5
async fn nested(n: u32) -> u32 {
    let m = Mix { r: R { a: 1, b: n, c: 2 }, k: 7, u: U(8, 9, 10) };
    let h = Holds { t: T { x: true, y: 11, z: false }, s: S { a: 12, b: n, c: 13 }, f: 14 };
    yield_now().await;
    m.r.a as u32 + m.r.b + m.r.c as u32 + m.k as u32 + m.u.1 as u32 + h.t.y as u32 + total(&h.s) + h.f as u32
}
//@ args: copies 6
async fn copies(n: u32) -> u32 {
    let p = Pt { x: 1, y: n as u64, ok: true };
    let q = p;
    let t = Tail(n as u64, 2, 'c');
    let t2 = t.clone();
    let o: Option<Pt> = Some(q);
    yield_now().await;
    let w = match o { Some(v) => v.y as u32 + v.ok as u32, None => 0 };
    p.x as u32 + q.y as u32 + t.0 as u32 + t2.1 as u32 + t2.2 as u32 + w
}
//@ args: in_body 7
async fn in_body(n: u32) -> u32 {
    #[repr(C)]
    struct Local { a: bool, b: u32, c: bool }
    let l = Local { a: true, b: n, c: false };
    yield_now().await;
    l.a as u32 + l.b + l.c as u32
}
