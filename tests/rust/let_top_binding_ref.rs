// covers: `ref` at the top of a `let` with `@` and `ref` after `@` in `let` (issue 22, bind30): `let ref r @
// 0..=255 = y;`, `let a @ ref b = x;`, `let ref c @ d @ ref e = x;`, `let ref w @ v = o;` of Copy places,
// one in an async block (captured by `&`), a sync fn: each `ref` a loan of the place held by its
// variable (`_3 = &_2`), made innermost first after the subpattern's bindings, as a match arm's
//@ args: lets 3
//@ args: lets 200
async fn lets(x: u32) -> u32 {
    let y = (x % 250) as u8;
    let ref r @ 0..=255 = y;
    let a @ ref b = x;
    let ref c @ d @ ref e = x;
    yield_now().await;
    let o = if x > 5 { Some(x) } else { None };
    let ref w @ v = o;
    let f = async { let ref q @ 0..=255 = y; *q as u32 + 1 };
    *r as u32 + a + *b + *c + d + *e + f.await + if let Some(z) = *w { z } else { 0 } + if let Some(z) = v { z } else { 1 }
}
fn sync_lets(x: u8) -> u8 {
    let ref r @ 0..=255 = x;
    *r
}
