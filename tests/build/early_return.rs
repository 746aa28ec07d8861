// covers: return in the middle of a fn, return of unit, return from inside a loop
fn first_over(n: u32, limit: u32) -> u32 {
    let mut i = 0;
    loop {
        if i > limit {
            return i;
        }
        if i == n {
            return 0;
        }
        i += 1;
    }
}
fn maybe(flag: bool) {
    if flag {
        return;
    }
    observe(1);
}
