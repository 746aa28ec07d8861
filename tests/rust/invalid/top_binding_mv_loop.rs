// invalid: a top binding moves the scrutinee in a loop (E0382 on the next iteration)
enum G { A, B(Guard) }
fn f(g: G) -> u32 {
    let mut n = 0;
    loop {
        match g { G::A => {} x => { let _d = x; } } //~ ERROR [E0382] use of moved value: `g`
        n += 1;
        if n > 3 { break; }
    }
    n
}
