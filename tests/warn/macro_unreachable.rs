// mac40: unreachable_code after panic!(), todo!(), unreachable!(), unimplemented!() and a failing arm,
// as rustc 1.95; matches!'s own `_ => false` arm is never an unreachable pattern (std's span), the
// pattern written inside it is
fn after_panic() -> u32 {
    panic!();
    5
}

fn after_todo(x: u32) -> u32 {
    todo!();
    let y = x + 1;
    y
}

fn after_unreachable(x: u32) -> u32 {
    let v: u32 = unreachable!();
    v + x
}

fn branch(x: u32) -> u32 {
    if x > 3 {
        panic!("big");
    }
    assert!(x != 2, "two");
    x
}

fn any(x: u32) -> bool {
    matches!(x, _)
}

fn twice(x: u32) -> bool {
    matches!(x, 1 | 1)
}

fn stub(x: u32) -> u32 {
    unimplemented!();
    x + 1
}

async fn run(x: u32) -> u32 {
    if any(x) && twice(x) {
        return branch(x) + after_panic() + after_todo(x) + after_unreachable(x) + stub(x);
    }
    assert!(matches!(x, 5 | 6), "no");
    debug_assert!(x > 0);
    x
}
