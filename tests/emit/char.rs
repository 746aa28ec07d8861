// covers: char in the emitted crate (char28): char locals, parameters and returns, constants written
// as `'\u{..}'` escapes (ASCII, escapes, non-ASCII, astral), `as u32` / `as u8` and `u8 as char` casts,
// a switch on a char (its arms char literals), range tests (comparisons of chars), a char held across
// an await in the coroutine's views, `Option<char>` (None in the niche 0x110000) built, matched and
// returned through Poll, and the bytes harness passing a char argument ('\0')
fn pick(b: u8) -> Option<char> {
    if b == 0 { None } else { Some(b as char) }
}
async fn kind(c: char) -> u32 {
    let d = 'é';
    yield_now().await;
    let k = match c {
        'a'..='z' => 1,
        '\n' | '\'' | '\\' => 2,
        '\u{1F600}' => 3,
        'é'..='ÿ' => 4,
        _ => 5,
    };
    k + d as u32 + c as u8 as u32
}
async fn opt(b: u8) -> Option<char> {
    let o = pick(b);
    let t = '\t';
    yield_now().await;
    match o {
        Some('0'..='9') => Some(t),
        Some(c) => Some(c),
        None => None,
    }
}
//@ args: run 104
async fn run(b: u8) -> u32 {
    let a = kind(b as char).await;
    let e = kind('\u{1F600}').await;
    let o = opt(b).await;
    let n = opt(0).await;
    let x = match o { Some(c) => c as u32, None => 9 };
    let y = match n { Some(c) => c as u32, None => 11 };
    a + e + x + y
}
