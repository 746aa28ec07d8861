// Integer arithmetic LLVM leaves to compiler_builtins on the thumb targets (compiler_builtins.rs
// includes this file; test_arith.rs checks it against the host's operators): division (thumbv6m
// has no divide instruction, neither target divides 64-bit integers), and on thumbv6m
// count-leading-zeros, the 64-bit multiply and 64-bit shifts by a variable amount.
// Written with what LLVM expands inline on both targets (32-bit operations, MULS keeping 32 bits,
// 64-bit shifts by constants, compares and subtractions), so nothing here calls back into a
// helper it implements (check_core.py checks the objects refer to no symbol outside them).
// Division: restoring division, one quotient bit per step, small and clz-free. Division by zero
// never reaches these: Rust checks the divisor before dividing.

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
    // Constant shifts only: a variable 64-bit shift is a call on thumbv6m (__aeabi_llsl).
    let mut n = n;
    let mut q = 0u64;
    let mut r = 0u64;
    let mut i = 64;
    while i > 0 {
        i -= 1;
        let carry = r >> 63;
        r = (r << 1) | (n >> 63);
        n <<= 1;
        q <<= 1;
        if carry != 0 || r >= d {
            r = r.wrapping_sub(d);
            q |= 1;
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

// Leading zeros of a u32 by halving (no CLZ instruction on ARMv6-M); 32 for zero.
pub fn clz32(x: u32) -> u32 {
    if x == 0 {
        return 32;
    }
    let mut x = x;
    let mut n = 0;
    if x <= 0x0000_ffff { n += 16; x <<= 16; }
    if x <= 0x00ff_ffff { n += 8; x <<= 8; }
    if x <= 0x0fff_ffff { n += 4; x <<= 4; }
    if x <= 0x3fff_ffff { n += 2; x <<= 2; }
    if x <= 0x7fff_ffff { n += 1; }
    n
}

// The full 64-bit product of two u32 from 16-bit halves (ARMv6-M's MULS keeps 32 bits only).
pub fn mul32_wide(a: u32, b: u32) -> (u32, u32) {
    let (a0, a1, b0, b1) = (a & 0xffff, a >> 16, b & 0xffff, b >> 16);
    let lo = a0 * b0;
    let mid1 = a1 * b0;
    let mid2 = a0 * b1;
    let hi = a1 * b1;
    let mid = (lo >> 16) + (mid1 & 0xffff) + (mid2 & 0xffff);
    let low = (lo & 0xffff) | (mid << 16);
    let high = hi + (mid1 >> 16) + (mid2 >> 16) + (mid >> 16);
    (low, high)
}

// u64 * u64, wrapping (as Rust's release-mode `*`); also serves i64 (two's complement).
pub fn mul64(a: u64, b: u64) -> u64 {
    let (al, ah, bl, bh) = (a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32);
    let (low, high) = mul32_wide(al, bl);
    let high = high.wrapping_add(al.wrapping_mul(bh)).wrapping_add(ah.wrapping_mul(bl));
    (low as u64) | ((high as u64) << 32)
}

// 64-bit shifts by a variable amount (0..=63) from 32-bit ones, which ARMv6-M has.
pub fn shl64(a: u64, s: u32) -> u64 {
    let (lo, hi) = (a as u32, (a >> 32) as u32);
    let (lo, hi) = if s == 0 {
        (lo, hi)
    } else if s < 32 {
        (lo << s, (hi << s) | (lo >> (32 - s)))
    } else {
        (0, lo << (s - 32))
    };
    (lo as u64) | ((hi as u64) << 32)
}

pub fn lshr64(a: u64, s: u32) -> u64 {
    let (lo, hi) = (a as u32, (a >> 32) as u32);
    let (lo, hi) = if s == 0 {
        (lo, hi)
    } else if s < 32 {
        ((lo >> s) | (hi << (32 - s)), hi >> s)
    } else {
        (hi >> (s - 32), 0)
    };
    (lo as u64) | ((hi as u64) << 32)
}

pub fn ashr64(a: i64, s: u32) -> i64 {
    let (lo, hi) = (a as u32, (a >> 32) as i32);
    let (lo, hi) = if s == 0 {
        (lo, hi)
    } else if s < 32 {
        ((lo >> s) | ((hi as u32) << (32 - s)), hi >> s)
    } else {
        ((hi >> (s - 32)) as u32, hi >> 31)
    };
    ((lo as u64) | ((hi as u32 as u64) << 32)) as i64
}
