// covers: `?`, `if let` and `while let` on enums laid out in a niche (issue 22 item 4): `?` on an
// Option<bool> (core's branch reads Some/None through the niche; `?`'s own ControlFlow stays the
// interpreter's tagged type) and on a Result<Flagged, u8>, `if let Some(..)` on an Option<Option<u8>>
// after an await, a `while let` over an Option<Dir> whose None is Dir's tag value 3
struct Flagged { n: u32, on: bool }
enum Dir { Up, Down, Left }
fn pick(n: u32) -> Option<bool> {
    if n == 0 { None } else { Some(n > 1) }
}
fn negate(n: u32) -> Option<bool> {
    let v = pick(n)?;
    Some(!v)
}
fn flagged(n: u32) -> Result<Flagged, u8> {
    if n == 0 { Err(5) } else { Ok(Flagged { n: n, on: n > 2 }) }
}
fn doubled(n: u32) -> Result<u32, u8> {
    let f = flagged(n)?;
    Ok(if f.on { f.n * 2 } else { f.n })
}
fn step(k: u32) -> Option<Dir> {
    if k == 0 { None } else if k == 1 { Some(Dir::Up) } else if k == 2 { Some(Dir::Down) } else { Some(Dir::Left) }
}
//@ args: tries 0
//@ args: tries 1
//@ args: tries 3
async fn tries(n: u32) -> u32 {
    let a = negate(n);
    yield_now().await;
    let b = doubled(n);
    let x = match a { Some(v) => if v { 1 } else { 2 }, None => 3 };
    let y = match b { Ok(v) => v, Err(e) => e as u32 * 100 };
    x + y
}
//@ args: if_lets 0
//@ args: if_lets 1
//@ args: if_lets 4
async fn if_lets(n: u32) -> u32 {
    let o: Option<Option<u8>> = if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n as u8)) };
    yield_now().await;
    let mut r = 0;
    if let Some(i) = o {
        r += 10;
        if let Some(v) = i { r += v as u32; }
    }
    r
}
//@ args: while_lets 0
//@ args: while_lets 3
async fn while_lets(n: u32) -> u32 {
    let mut k = n;
    let mut acc = 0;
    while let Some(d) = step(k) {
        yield_now().await;
        acc += match d { Dir::Up => 1, Dir::Down => 10, Dir::Left => 100 };
        k -= 1;
    }
    acc
}
