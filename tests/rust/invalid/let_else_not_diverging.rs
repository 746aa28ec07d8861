// invalid (flow40): a `let`-`else` whose else block does not diverge (E0308)
async fn f(o: Option<u32>) -> u32 {
    let Some(x) = o else { //~ ERROR [E0308] `else` clause of `let...else` does not diverge
        yield_now().await;
    };
    x
}
