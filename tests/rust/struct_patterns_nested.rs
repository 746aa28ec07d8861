// covers: struct patterns inside variant patterns (issue 22 item 4): a struct pattern is irrefutable, its
// fields' patterns take its place in the candidate (rustc's MatchPairTree of a PatKind::Leaf): a literal
// in a struct field (`E::V(Pair { a: 0, .. })`, SwitchInt on `(((_4 as V).0: Pair).0: u32)`), a binding
// moving a Guard out of the struct inside the enum (an await in the arm; the enum's drop opens the struct),
// a tuple struct pattern (`E::W(P(3, x))`), an or-pattern of tuple struct patterns binding one name, a
// nested enum inside a struct inside an enum, `Some(P(1, k))` in an if-let, shorthand and renamed fields, a
// non-move async block reading the enum through a tuple struct pattern
struct Pair { a: u32, g: Guard }
struct P(u8, u32);
enum K { On(u8), Off }
struct Dev { id: u8, k: K }
enum E { V(Pair), W(P), D(Dev), N }
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 3 == 0 { E::D(Dev { id: n as u8, k: if n % 2 == 0 { K::On(n as u8) } else { K::Off } }) }
    else if n % 2 == 0 { E::V(Pair { a: n % 3, g: guard(n) }) } else { E::W(P((n % 4) as u8, n)) }
}
//@ args: sp 0
//@ args: sp 1
//@ args: sp 2
//@ args: sp 3
//@ args: sp 4
//@ args: sp 5
//@ args: sp 6
async fn sp(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::V(Pair { a: 0, .. }) => 1,
        E::V(Pair { a, g }) => { let h = g; yield_now().await; a + 10 }
        E::W(P(3, x)) => x,
        E::W(P(_, x)) | E::W(P(1, x)) => x + 20,
        E::D(Dev { k: K::On(v), id: 6 }) => v as u32 + 30,
        E::D(Dev { id: i, k: K::Off }) => i as u32 + 40,
        E::D(Dev { .. }) => 50,
        E::N => 5,
    }
}
//@ args: so 0
//@ args: so 1
//@ args: so 2
async fn so(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(P(n as u8, n + 1)) };
    yield_now().await;
    if let Some(P(1, k)) = o { k } else { 0 }
}
//@ args: kept 0
//@ args: kept 2
//@ args: kept 4
async fn kept(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let r = match e { E::V(Pair { a: 2, .. }) => 1, _ => 2 };
    yield_now().await;
    r
}
//@ args: blk 0
//@ args: blk 3
//@ args: blk 7
async fn blk(n: u32) -> u32 {
    let e = mke(n);
    let b = async {
        yield_now().await;
        match e { E::W(P(3, x)) => x, E::W(P(_, x)) => x + 1, _ => 9 }
    };
    b.await
}
