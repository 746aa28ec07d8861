// invalid: a value moved by a guard is moved for the later arms too (E0382: rustc false edges)
async fn f(n: u32) -> u32 {
    let g = guard(n);
    match n {
        3 if { let h = g; true } => 1,
        _ => { let k = g; 2 } //~ ERROR [E0382] use of moved value: `g`
    }
}
