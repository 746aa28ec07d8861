// for40: warnings of `for` loops as rustc 1.95 gives them: an unneeded `mut` binding, an unused variable in the
// body, a variable assigned in the loop and never read
async fn w1(n: u32) -> u32 {
    let mut s = 0;
    for mut i in 0..n {
        s += i;
    }
    for j in 0..n {
        let k = j;
        yield_now().await;
    }
    for _x in 1..=n {
        break;
    }
    let mut t = 0;
    for i in 0..n {
        t = i;
    }
    s
}
