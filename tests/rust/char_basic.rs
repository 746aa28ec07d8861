// covers: char (diag27): literals with escapes and non-ASCII characters held across awaits, char
// parameters, comparisons, `as u32` / `as u8` and `u8 as char`, char literal and range patterns
async fn classify(c: char, b: u8) -> u32 {
    let d = 'é';
    let nl = '\n';
    yield_now().await;
    let e = b as char;
    let k = match c {
        'a'..='z' => 1,
        '\n' | '\'' => 2,
        '\u{1F600}' => 3,
        _ => 4,
    };
    observe(d as u32);
    observe(nl as u32);
    yield_now().await;
    if c < e { k } else { c as u32 + (e as u8) as u32 }
}

async fn echo(c: char) -> char {
    yield_now().await;
    if c == 'x' { 'y' } else { c }
}

async fn use_echo() -> u32 {
    let c = echo('x').await;
    observe(c as u32);
    let t = '\t';
    yield_now().await;
    if let 'a'..='y' = c { t as u32 } else { 0 }
}

// the entries: char parameters are given through `u8 as char` (--args gives integers and booleans)
//@ args: run_classify 113, 65
async fn run_classify(a: u8, b: u8) -> u32 {
    let x = classify(a as char, b).await;
    let y = classify('\n', b).await;
    let z = classify('\u{1F600}', 0).await;
    x + y + z
}

//@ args: run_echo 120
async fn run_echo(a: u8) -> char {
    let c = echo(a as char).await;
    yield_now().await;
    c
}
