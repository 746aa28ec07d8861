// covers: if-let chains (iflet25, issue 23: parsed, checked and lowered in a loop over the links,
// `if let` links as plain `if`s, not a recursion per link): a chain of if-let links binding
// values and Guards (Option<Guard>, Result<Guard, u32>, a nested Some(Ok(v)), an or-pattern), a
// plain `if` between them, awaits in the arms, a chain on places held across an await without a
// final else, links that return, and chains inside async blocks on captured places (by value and
// by reference) mixed with calls. Equal to rustc 1.95's MIR in the four configs
// (tests/rustc/compare_mir.py); tests/robust/gen.py `iflets` makes the long ones.
fn pick(x: u32, i: u32) -> Option<u32> {
    if x == i { Some(i * 3) } else { None }
}
fn take(x: u32, i: u32) -> Option<Guard> {
    if x == i { Some(guard(i)) } else { None }
}
fn res(x: u32, i: u32) -> Result<Guard, u32> {
    if x == i { Ok(guard(i + 10)) } else { Err(x) }
}
fn nest(x: u32) -> Option<Result<u32, u8>> {
    if x == 5 { Some(Ok(x)) } else if x == 6 { Some(Err(6)) } else { None }
}
//@ args: chain 0
//@ args: chain 1
//@ args: chain 2
//@ args: chain 3
//@ args: chain 5
//@ args: chain 6
//@ args: chain 8
//@ args: chain 9
//@ args: chain 99
async fn chain(x: u32) -> u32 {
    yield_now().await;
    let r = if let Some(v) = pick(x, 0) {
        v
    } else if let Some(g) = take(x, 1) {
        yield_now().await;
        let _k = g;
        11
    } else if let Ok(g) = res(x, 2) {
        observe(2);
        let _k = g;
        22
    } else if x == 3 {
        yield_now().await;
        33
    } else if let Some(Ok(v)) = nest(x) {
        v + 50
    } else if let Some(Err(e)) = nest(x) {
        yield_now().await;
        e as u32 + 60
    } else if let Some(8) | None = pick(x, 8) {
        observe(8);
        88
    } else if let Err(n) = res(x, 99) {
        n + 100
    } else {
        0
    };
    r
}
//@ args: held 0
//@ args: held 1
//@ args: held 2
//@ args: held 3
async fn held(x: u32) -> u32 {
    let a = take(x, 1);
    let b = res(x, 2);
    let c = pick(x, 3);
    let mut acc = 0u32;
    yield_now().await;
    if let Some(g) = a {
        yield_now().await;
        let _k = g;
        acc += 1;
    } else if let Ok(g) = b {
        acc += 2;
        let _k = g;
    } else if x == 7 {
        acc += 7;
    } else if let Some(v) = c {
        yield_now().await;
        acc += v;
    }
    acc
}
//@ args: early 1
//@ args: early 2
//@ args: early 3
//@ args: early 4
async fn early(x: u32) -> u32 {
    if let Some(v) = pick(x, 1) {
        return v;
    } else if let Ok(g) = res(x, 2) {
        let _k = g;
        yield_now().await;
        return 7;
    } else if x == 3 {
        yield_now().await;
    }
    yield_now().await;
    x
}
//@ args: captured 4
//@ args: captured 5
//@ args: captured 7
//@ args: captured 1
async fn captured(x: u32) -> u32 {
    let o = pick(x, 4);
    let p = nest(x);
    let fut = async move {
        yield_now().await;
        if let Some(v) = o {
            v
        } else if let Some(w) = pick(x, 7) {
            yield_now().await;
            w
        } else if let Some(Ok(v)) = p {
            v
        } else {
            1
        }
    };
    let by_ref = async {
        if let Some(v) = o { v } else if x == 1 { 2 } else if let Some(Err(e)) = p { e as u32 } else { 3 }
    };
    let a = fut.await;
    a + by_ref.await
}
