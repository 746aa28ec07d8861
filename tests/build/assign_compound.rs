// covers: assignment of a variable, every compound assignment operator
fn compound(a: u32, b: u32) -> u32 {
    let mut x = a;
    x += b;
    x -= 1;
    x *= 3;
    x /= 2;
    x %= 100;
    x &= 0xff;
    x |= 1;
    x ^= b;
    x <<= 2;
    x >>= 1;
    x = b;
    x
}
