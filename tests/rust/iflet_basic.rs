// covers: `if let` and `while let` (issue 22 item 4) on Option, Result and enum items: rustc builds
// them as a match of the scrutinee (PlaceMention, a switch on its discriminant, the bindings in the
// then-branch); with and without else, else-if-let chains, a Guard moved out by the binding, a
// temporary scrutinee, an await in the then-branch, a while-let loop across awaits with break and
// continue
enum Cmd { Stop, Go(u32), Wait { ticks: u32 } }
fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn cmd(n: u32) -> Cmd {
    if n == 0 { Cmd::Stop } else if n < 5 { Cmd::Go(n) } else { Cmd::Wait { ticks: n } }
}
fn make(n: u32) -> Result<Guard, u32> {
    if n % 3 == 0 { Err(n) } else { Ok(guard(n)) }
}
//@ args: with_else 4
//@ args: with_else 5
async fn with_else(n: u32) -> u32 {
    let o = half(n);
    yield_now().await;
    if let Some(v) = o { v } else { 7 }
}
//@ args: no_else 4
//@ args: no_else 5
async fn no_else(n: u32) -> u32 {
    let mut r = 1;
    if let Some(v) = half(n) {
        yield_now().await;
        r = v;
    }
    r
}
//@ args: chain 0
//@ args: chain 3
//@ args: chain 9
async fn chain(n: u32) -> u32 {
    let c = cmd(n);
    yield_now().await;
    if let Cmd::Go(k) = c {
        k
    } else if let Cmd::Wait { ticks } = c {
        yield_now().await;
        ticks + 100
    } else {
        0
    }
}
//@ args: guard_moved 3
//@ args: guard_moved 4
async fn guard_moved(n: u32) -> u32 {
    let r = make(n);
    yield_now().await;
    if let Ok(g) = r {
        yield_now().await;
        1
    } else {
        2
    }
}
//@ args: countdown 0
//@ args: countdown 3
//@ args: countdown 12
async fn countdown(n: u32) -> u32 {
    let mut k = n;
    let mut sum = 0;
    while let Some(h) = half(k) {
        if h == 0 { break; }
        yield_now().await;
        sum += h;
        k = h;
        if h % 2 == 1 { continue; }
        observe(h);
    }
    sum
}
