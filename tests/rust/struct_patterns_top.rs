// covers: struct patterns at the top of a pattern (issue 22 item 4): `match s { S { a: 0, .. } => .., S { a, g }
// => .. }` and `P(x, _)`, lowered as rustc 1.95's match tree (a struct pattern is irrefutable: its fields'
// patterns are the candidate's match pairs, SwitchInt on `(_4.0: u32)`); a Guard moved out by a binding (the
// struct partially moved, drop elaboration drops the rest), an await in an arm, an or-pattern of struct patterns
// binding one name, a nested enum inside a struct, a struct inside a struct, a bool field (TestKind::If),
// `if let` and `while let` with a struct pattern, the scrutinee a temporary, a `_` arm
struct Pair { a: u32, g: Guard }
struct P(u8, u32);
enum K { On(u8), Off }
struct Dev { id: u8, k: K, up: bool }
struct Outer { p: P, n: u32 }
fn mkpair(n: u32) -> Pair { Pair { a: n % 3, g: guard(n) } }
fn mkdev(n: u32) -> Dev { Dev { id: n as u8, k: if n % 2 == 0 { K::On(n as u8) } else { K::Off }, up: n > 3 } }
//@ args: lit 0
//@ args: lit 1
//@ args: lit 2
async fn lit(n: u32) -> u32 {
    let s = mkpair(n);
    yield_now().await;
    match s {
        Pair { a: 0, .. } => 1,
        Pair { a, g } => { let h = g; yield_now().await; a + 10 }
    }
}
//@ args: tup 0
//@ args: tup 3
//@ args: tup 5
async fn tup(n: u32) -> u32 {
    let t = P((n % 4) as u8, n);
    yield_now().await;
    match t {
        P(3, x) => x,
        P(0, x) | P(1, x) => x + 20,
        P(_, x) => x + 30,
    }
}
//@ args: dev 0
//@ args: dev 3
//@ args: dev 4
//@ args: dev 6
async fn dev(n: u32) -> u32 {
    let d = mkdev(n);
    yield_now().await;
    match d {
        Dev { k: K::On(v), id: 6, .. } => v as u32 + 30,
        Dev { id: i, k: K::Off, up: true } => i as u32 + 40,
        Dev { up: false, .. } => 2,
        Dev { .. } => 50,
    }
}
//@ args: outer 0
//@ args: outer 1
//@ args: outer 7
async fn outer(n: u32) -> u32 {
    let o = Outer { p: P(n as u8, n + 1), n };
    yield_now().await;
    match o {
        Outer { p: P(0, _), n: 0 } => 1,
        Outer { p: P(1, y), .. } => y,
        Outer { n, .. } => n + 100,
    }
}
//@ args: bind 1
//@ args: bind 2
async fn bind(n: u32) -> u32 {
    let s = mkpair(n);
    let r = match s { Pair { a, g } => { yield_now().await; let h = g; a } };
    yield_now().await;
    r
}
//@ args: keep 0
//@ args: keep 1
async fn keep(n: u32) -> u32 {
    let s = mkpair(n);
    let r = match s { Pair { a: 1, .. } => 5, Pair { a, .. } => a };
    yield_now().await;
    r + s.a
}
//@ args: temp 0
//@ args: temp 2
async fn temp(n: u32) -> u32 {
    yield_now().await;
    match mkpair(n) { Pair { a: 2, g } => { yield_now().await; a_of(g) }, _ => 3 }
}
fn a_of(g: Guard) -> u32 { let h = g; 9 }
//@ args: iflet 0
//@ args: iflet 1
async fn iflet(n: u32) -> u32 {
    let d = mkdev(n);
    yield_now().await;
    if let Dev { k: K::On(v), .. } = d { v as u32 } else { 0 }
}
//@ args: iflet_move 0
//@ args: iflet_move 1
async fn iflet_move(n: u32) -> u32 {
    let s = mkpair(n);
    if let Pair { a: 0, g } = s { yield_now().await; let h = g; 1 } else { yield_now().await; 2 }
}
//@ args: wlet 3
async fn wlet(n: u32) -> u32 {
    let mut t = P(0, n);
    let mut acc = 0;
    while let P(0, k) = t {
        yield_now().await;
        acc += k;
        t = P(if k > 1 { 0 } else { 1 }, k - 1);
    }
    acc
}
