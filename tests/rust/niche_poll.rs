// covers: Poll<T> of payloads with a niche returned by async fns (rustc keeps Pending in T's niche:
// Poll<Option<bool>> is 1 byte, Pending = 3; Poll<[bool; 2]> is 2 bytes; Poll<Front> and
// Poll<Flagged> take the payload's size), and values with a niche captured by `async move` blocks
// (upvars keep their niche, so they steer the prefix's field order) and held across awaits
struct Flagged { n: u32, on: bool }
enum Front { A(bool, u16, u8), B(u8) }
async fn opt(n: u32) -> Option<bool> {
    yield_now().await;
    if n == 0 { None } else { Some(n > 1) }
}
async fn nested(n: u32) -> Option<Option<u8>> {
    yield_now().await;
    if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n as u8)) }
}
async fn bools(n: u32) -> [bool; 2] {
    yield_now().await;
    [n > 1, n > 2]
}
async fn front(n: u32) -> Front {
    yield_now().await;
    if n > 2 { Front::A(n > 4, n as u16, 3) } else { Front::B(n as u8) }
}
async fn flagged(n: u32) -> Flagged {
    yield_now().await;
    Flagged { n: n, on: n > 2 }
}
//@ args: awaits 0
//@ args: awaits 1
//@ args: awaits 5
async fn awaits(n: u32) -> u32 {
    let a = opt(n).await;
    let b = nested(n).await;
    let c = bools(n).await;
    yield_now().await;
    let d = front(n).await;
    let e = flagged(n).await;
    let x = match a { Some(v) => if v { 1 } else { 2 }, None => 3 };
    let y = match b { Some(i) => match i { Some(v) => v as u32, None => 40 }, None => 50 };
    let z = if c[1] { 100 } else { 200 };
    let w = match d { Front::A(f, v, _) => if f { v as u32 } else { 7 }, Front::B(v) => v as u32 };
    x + y + z + w + if e.on { e.n } else { 0 }
}
//@ args: captured 0
//@ args: captured 3
async fn captured(n: u32) -> u32 {
    let o: Option<bool> = if n == 0 { None } else { Some(n > 2) };
    let k = n + 1;
    let f = if n > 2 { Front::A(true, 9, 1) } else { Front::B(2) };
    let blk = async move {
        yield_now().await;
        let a = match o { Some(v) => if v { 1 } else { 2 }, None => 3 };
        let b = match f { Front::A(_, v, _) => v as u32, Front::B(v) => v as u32 };
        a + b + k
    };
    blk.await
}
