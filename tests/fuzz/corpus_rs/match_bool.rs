// covers: match on bools and integers with literal, `|` and `_` patterns, match as expression and statement
//@ args: m 3,true
fn classify(x: u32) -> u32 {
    match x {
        0 => 10,
        1 | 2 | 3 => 20,
        _ => 30,
    }
}

async fn m(x: u32, b: bool) -> u32 {
    let t = match b {
        true => 1,
        false => 2,
    };
    yield_now().await;
    match x % 3 {
        0 => observe(0),
        1 => {
            yield_now().await;
            observe(1);
        }
        _ => {}
    }
    classify(x) + t
}
