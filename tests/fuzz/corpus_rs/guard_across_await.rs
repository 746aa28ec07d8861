// covers: guards live across awaits, drop order at scope end and inner-block scope end
//@ args: guarded 1
async fn guarded(x: u32) -> u32 {
    let _g = guard(x);
    yield_now().await;
    {
        let _h = guard(x + 100);
        yield_now().await;
        observe(x + 200);
    }
    yield_now().await;
    x
}

async fn two_guards() {
    let _a = guard(1);
    let _b = guard(2);
    yield_now().await;
    observe(3);
}
