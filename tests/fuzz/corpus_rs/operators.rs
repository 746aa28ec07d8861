// covers: every binary and unary operator on integers and bools, compound assignments, precedence
//@ args: ops 12,5
fn arith(a: u32, b: u32) -> u32 {
    let mut r = a + b * 2 - b / 2 % 3;
    r += 1;
    r -= 1;
    r *= 2;
    r /= 2;
    r %= 1000;
    r
}

fn bits(a: u32, b: u32) -> u32 {
    let mut r = (a & b) | (a ^ b) | (a << 2) | (b >> 1);
    r &= 0xff;
    r |= 0x100;
    r ^= 0x3;
    r <<= 1;
    r >>= 2;
    r
}

fn logic(a: u32, b: u32) -> bool {
    let c = a < b || a > b && !(a == b);
    let d = a <= b && a >= 1 || a != b;
    c && !d || d
}

async fn ops(a: u32, b: u32) -> i64 {
    let x = arith(a, b);
    yield_now().await;
    let y = bits(a, b);
    let z = logic(a, b);
    let n: i64 = -(x as i64) + (y as i64);
    if z { n } else { -n }
}
