// Integer division for coroslim's compiler_builtins (compiler_builtins.rs includes this file;
// test_division.rs checks it against the host's `/` and `%`). Restoring division, one quotient
// bit per step: small, and it needs no count-leading-zeros, which thumbv6m lacks (LLVM would call
// a helper for it). Only shifts, compares and subtractions, all of which LLVM expands inline on
// both thumb targets, so nothing here can call back into a division helper.
// Division by zero never reaches these: Rust checks the divisor before dividing.

pub fn udivmod32(n: u32, d: u32) -> (u32, u32) {
    let mut q = 0u32;
    let mut r = 0u32;
    let mut i = 32;
    while i > 0 {
        i -= 1;
        let carry = r >> 31;
        r = (r << 1) | ((n >> i) & 1);
        if carry != 0 || r >= d {
            r = r.wrapping_sub(d);
            q |= 1 << i;
        }
    }
    (q, r)
}

pub fn udivmod64(n: u64, d: u64) -> (u64, u64) {
    if (n >> 32) == 0 && (d >> 32) == 0 {
        let (q, r) = udivmod32(n as u32, d as u32);
        return (q as u64, r as u64);
    }
    let mut q = 0u64;
    let mut r = 0u64;
    let mut i = 64;
    while i > 0 {
        i -= 1;
        let carry = r >> 63;
        r = (r << 1) | ((n >> i) & 1);
        if carry != 0 || r >= d {
            r = r.wrapping_sub(d);
            q |= 1 << i;
        }
    }
    (q, r)
}

// Signed: truncating quotient, remainder with the dividend's sign (as Rust's / and %).
pub fn idivmod32(n: i32, d: i32) -> (i32, i32) {
    let (q, r) = udivmod32(n.unsigned_abs(), d.unsigned_abs());
    let q = if (n < 0) != (d < 0) { (q as i32).wrapping_neg() } else { q as i32 };
    let r = if n < 0 { (r as i32).wrapping_neg() } else { r as i32 };
    (q, r)
}

pub fn idivmod64(n: i64, d: i64) -> (i64, i64) {
    let (q, r) = udivmod64(n.unsigned_abs(), d.unsigned_abs());
    let q = if (n < 0) != (d < 0) { (q as i64).wrapping_neg() } else { q as i64 };
    let r = if n < 0 { (r as i64).wrapping_neg() } else { r as i64 };
    (q, r)
}
