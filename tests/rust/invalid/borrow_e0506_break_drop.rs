// invalid: `break` leaves the loop's block, dropping the async fn's future `fut` that holds `&v`:
// its drop uses the borrow (dropck), so assigning `v` before the break is E0506
async fn read(r: &u32) -> u32 {
    *r
}
async fn f(x: u32) -> u32 {
    let mut v = x;
    loop {
        let fut = read(&v);
        v = 2; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
        break;
    }
    v
}
