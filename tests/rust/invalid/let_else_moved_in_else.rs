// invalid (flow40): the initializer moved its operand, which the else block uses (E0382)
fn take(g: Guard) -> Option<u32> { let _k = g; Some(1) }
fn f(g: Guard) -> u32 {
    let Some(x) = take(g) else {
        let h = g; //~ ERROR [E0382] use of moved value: `g`
        return 0;
    };
    x
}
