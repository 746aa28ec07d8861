// invalid (flow40): `break` to a label no loop around it declares (rustc_resolve, E0426)
async fn f(n: u32) -> u32 {
    'a: loop {
        if n > 2 { break 'b; } //~ ERROR [E0426] use of undeclared label `'b`
        yield_now().await;
    }
    n
}
