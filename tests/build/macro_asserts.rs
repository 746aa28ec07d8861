// mac40: assert!, debug_assert! (`if cfg!(debug_assertions)`: `const true` in debug, `const false` in
// release), panic!("msg") (`Arguments::<'_>::from_str`, `std::rt::panic_fmt`), unreachable!("msg")
// (`from_str_nonconst`) and matches! with a guard, around an await with a Guard live (unwind edges)
fn check(x: u32) -> u32 {
    debug_assert!(x != 0);
    assert!(x < 100, "too big");
    match x {
        7 => unreachable!("seven"),
        _ => x,
    }
}

async fn foo(x: u32) -> u32 {
    let g = guard(x);
    yield_now().await;
    assert!(matches!(x, 1..=9 if x != 4));
    let y = check(x);
    let _h = g;
    y
}
