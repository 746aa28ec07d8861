// covers: loop with break, while, continue, nested loops, break out of an inner loop
fn loops(n: u32) -> u32 {
    let mut i = 0;
    let mut acc = 0;
    while i < n {
        i += 1;
        if i % 2 == 0 {
            continue;
        }
        acc += i;
    }
    loop {
        if acc > 100 {
            break;
        }
        acc *= 2;
    }
    let v = acc;
    loop {
        loop {
            break;
        }
        break;
    }
    v
}
