// invalid (flow40): a label of the fn used inside an async block (rustc_resolve, E0767)
fn f(n: u32) {
    'a: loop {
        let b = async move {
            if n > 1 { break 'a; } //~ ERROR [E0767] use of unreachable label `'a`
            n
        };
        break;
    }
}
