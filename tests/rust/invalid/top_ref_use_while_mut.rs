// invalid: the scrutinee read while a top `ref mut` binding of it is live (E0503)
fn f(n: u32) -> u32 {
    let mut x = n;
    match x {
        ref mut m => {
            let y = x + 1; //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
            *m += 1;
            y
        }
    }
}
