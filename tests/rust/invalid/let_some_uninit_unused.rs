// invalid: `let Some(x);` with x never used: E0282 (rustc's typeck), not the E0005 a known type gives
fn f() -> u32 {
    let Some(x); //~ ERROR [E0282] type annotations needed for `Option<_>`
    3
}
