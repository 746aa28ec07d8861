// covers: core's integer methods (meth40, issue 22), which rustc 1.95's MIR calls before inlining as
// `core::num::<impl u32>::wrapping_add(..)` (self by value) and `<u32 as Ord>::min(..)`: wrapping_*,
// saturating_* (unsigned and signed bounds), checked_* (None on overflow, on a zero divisor and MIN / -1),
// min / max, pow (a debug build panics "attempt to multiply with overflow", release wraps), abs of MIN
// (debug panics, release wraps), count_ones, leading_zeros, trailing_zeros (of 0 too), rotate_left /
// rotate_right (by more than the width), swap_bytes, is_power_of_two, to_le_bytes / to_be_bytes /
// from_le_bytes / from_be_bytes on u8 .. u64, usize, i16; the path forms `u32::min(x, y)`,
// `u16::from_be_bytes(b)`; a receiver through `&x` (rustc copies `*r`); results held across awaits, a
// method's result as another's receiver, in a sync fn; the unused `x.wrapping_add(1);` warns as rustc
//@ args: wrapping 7,250
//@ args: wrapping 4294967295,255
//@ args: saturating 3,200
//@ args: saturating 4000000000,-100
//@ args: checked 9,0
//@ args: checked 4294967295,2
//@ args: checked 12,-1
//@ args: checked 12,3
//@ args: minmax 5,9
//@ args: minmax 9,-5
//@ args: powers 3,-7
//@ args: powers 2,-128
//@ args: powers 16,5
//@ args: powers 70000,-128
//@ args: bits 0,0
//@ args: bits 1,37
//@ args: bits 2147483648,4
//@ args: bits 4294967295,63
//@ args: bytes 305419896,4660
//@ args: bytes 0,-2
//@ args: through_ref 6
//@ args: through_ref 4294967295
//@ args: chained 3
//@ args: sync_caller 200
async fn wrapping(x: u32, b: u8) -> u32 {
    let a = x.wrapping_add(1);
    let c = b.wrapping_mul(3);
    yield_now().await;
    let d = x.wrapping_sub(10);
    let e = b.wrapping_neg();
    let f = (b as i8).wrapping_neg();
    x.wrapping_add(1);
    observe(a);
    observe(c as u32);
    observe(d);
    observe(e as u32);
    a ^ d ^ (f as u32)
}

async fn saturating(x: u32, y: i16) -> u32 {
    let a = x.saturating_add(400000000);
    let b = x.saturating_sub(5);
    let c = y.saturating_mul(400);
    yield_now().await;
    let d = y.saturating_sub(32700);
    let e = (y as i8).saturating_add(100);
    let f = x.saturating_mul(3);
    observe(a);
    observe(b);
    observe(c as u32);
    observe(d as u32);
    observe(e as u32);
    f
}

fn opt(o: Option<u32>) -> u32 {
    match o {
        Some(v) => v,
        None => 77,
    }
}

fn opt_i8(o: Option<i8>) -> u32 {
    match o {
        Some(v) => v as u32,
        None => 99,
    }
}

async fn checked(x: u32, y: i8) -> u32 {
    let a = x.checked_add(1);
    let b = x.checked_sub(10);
    yield_now().await;
    let c = x.checked_mul(2);
    let d = x.checked_div(y as u32);
    let e = (-128i8).checked_div(y);
    let f = y.checked_mul(y);
    observe(opt(a));
    observe(opt(b));
    observe(opt(c));
    observe(opt(d));
    observe(opt_i8(e));
    opt_i8(f)
}

async fn minmax(x: u32, y: i64) -> u32 {
    let a = x.min(7);
    let b = u32::max(x, 7);
    yield_now().await;
    let c = y.max(-1);
    let d = i64::min(y, 3);
    observe(a);
    observe(b);
    observe(c as u32);
    d as u32
}

async fn powers(x: u32, y: i8) -> u32 {
    let a = x.pow(2);
    yield_now().await;
    observe(a);
    let b = y.abs();
    observe(b as u32);
    let c = (x as u8).pow(3);
    c as u32
}

async fn bits(x: u32, n: u32) -> u32 {
    let a = x.count_ones();
    let b = x.leading_zeros();
    let c = x.trailing_zeros();
    yield_now().await;
    let d = x.rotate_left(n);
    let e = x.rotate_right(n);
    let f = (x as u16).swap_bytes();
    let g = x.is_power_of_two();
    let h = (x as i64).count_ones();
    let i = (x as u8).leading_zeros();
    observe(a);
    observe(b);
    observe(c);
    observe(d);
    observe(e);
    observe(f as u32);
    observe(i);
    if g {
        h
    } else {
        h + 100
    }
}

async fn bytes(x: u32, y: i16) -> u32 {
    let le = x.to_le_bytes();
    let be = x.to_be_bytes();
    yield_now().await;
    let back = u32::from_le_bytes(le);
    let swapped = u32::from_be_bytes(le);
    let w = (x as u64).to_be_bytes();
    let s = y.to_le_bytes();
    let z = (x as usize).to_le_bytes();
    let h = u16::from_be_bytes([be[0], be[1]]);
    let t = i16::from_le_bytes(s);
    observe(le[0] as u32);
    observe(be[0] as u32);
    observe(back);
    observe(swapped);
    observe(w[7] as u32);
    observe(z[1] as u32);
    observe(h as u32);
    t as u32
}

async fn through_ref(x: u32) -> u32 {
    let r = &x;
    let a = r.wrapping_add(5);
    yield_now().await;
    let b = (*r).min(100);
    let rr = &r;
    let c = rr.count_ones();
    a + b + c
}

async fn chained(x: u32) -> u32 {
    let a = x.wrapping_mul(1000000).rotate_left(3).count_ones();
    yield_now().await;
    let b = x.checked_add(1).is_some();
    if b {
        a
    } else {
        0
    }
}

fn sync_part(x: u8) -> u8 {
    x.saturating_add(100).wrapping_mul(2)
}

async fn sync_caller(x: u8) -> u32 {
    let a = sync_part(x);
    yield_now().await;
    a as u32
}
