// covers (warn30): unused_mut and liveness in MIR's local order: a `let`'s binding before the
// bindings of its initializer's blocks and arms, a match arm's bindings after its scrutinee's;
// liveness reports a fn's async blocks in check_liveness's order (the later block first, an inner
// block before its parent, the fn last); borrowck's unused_mut keeps the blocks' build order.
fn inits(n: u32) -> u32 {
    let mut a = {
        let mut b = 1;
        let c = match n {
            k => { let mut d = 2; 3 }
        };
        4
    };
    let e = if n > 1 { let f = 5; 6 } else { 7 };
    n
}
async fn blocks(n: u32) -> u32 {
    let mut x = 1;
    let first = async {
        let mut y = 2;
        let inner = async { let mut z = 3; };
    };
    let second = async {
        let mut w = 4;
    };
    first.await;
    second.await;
    n
}
