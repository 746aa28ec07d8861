// covers: or-patterns in `let` statements (issue 22): `let (E::A(x) | E::B(x)) = e;` in parentheses (rustc's
// parser refuses the top-level form), lowered as rustc 1.95's place_into_pattern: declare_bindings (the first
// alternative's locals), the initializer's PlaceMention, lower_match_tree of one irrefutable or-candidate (a
// leaf per binding alternative, each but the last with a false edge to the next leaf's start, the otherwise
// block unreachable), bind_pattern in each leaf going to a new block; alternatives without bindings merged
// into one leaf; an or-pattern inside a struct or variant pattern of a `let`; Guard payloads moved out by
// the pattern and held across awaits; the initializer a temporary, a field place, a one-variant enum
enum E { A(u32), B(u32) }
enum F { A(u32, Guard), B(Guard, u32), C { g: Guard, k: u32 } }
enum K { On(u8), Off(u8) }
enum W { A(E, u32) }
struct S { a: u32, b: bool }
struct T { e: E, n: u32 }
struct D { k: K, g: Guard }
fn mke(n: u32) -> E { if n % 2 == 0 { E::A(n) } else { E::B(n + 1) } }
fn mkf(n: u32) -> F {
    if n % 3 == 0 { F::A(n, guard(n)) } else if n % 3 == 1 { F::B(guard(n + 10), n) } else { F::C { g: guard(n + 20), k: n } }
}
//@ args: top 1
//@ args: top 2
async fn top(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let (E::A(x) | E::B(x)) = e;
    yield_now().await;
    let (| E::A(y) | E::B(y)) = mke(n + 1);
    x + y
}
//@ args: guards 0
//@ args: guards 1
//@ args: guards 2
async fn guards(n: u32) -> u32 {
    let f = mkf(n);
    let (F::A(k, g) | F::B(g, k) | F::C { g, k }) = f;
    yield_now().await;
    observe(k);
    let h = g;
    yield_now().await;
    k
}
//@ args: held 0
//@ args: held 4
async fn held(n: u32) -> u32 {
    let (F::A(k, g) | F::B(g, k) | F::C { k, g }) = mkf(n);
    yield_now().await;
    let h2 = g;
    yield_now().await;
    k
}
//@ args: inner 1
//@ args: inner 2
async fn inner(n: u32) -> u32 {
    let s = S { a: n, b: n > 1 };
    let S { b: true | false, a } = s;
    let t = T { e: mke(n), n: 5 };
    let T { e: E::A(y) | E::B(y), n: m } = t;
    yield_now().await;
    let d = D { k: if n > 1 { K::On(3) } else { K::Off(4) }, g: guard(n) };
    let D { k: K::On(z) | K::Off(z), g } = d;
    yield_now().await;
    a + y + m + z as u32
}
//@ args: nested 1
//@ args: nested 2
async fn nested(n: u32) -> u32 {
    let w = W::A(mke(n), n);
    yield_now().await;
    let W::A(E::A(x) | E::B(x), j) = w;
    let (K::On(_) | K::Off(_)) = K::On(1);
    yield_now().await;
    x + j
}
fn sync_or(e: E) -> u32 {
    let (E::A(x) | E::B(x)) = e;
    x
}
fn sync_guard(f: F) -> u32 {
    let (F::A(k, _) | F::B(_, k) | F::C { k, .. }) = f;
    k
}
