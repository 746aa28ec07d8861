// invalid (lint38, clone39): `repr(C, packed)` would lay the struct out without padding (rustc: 7 bytes);
// repr(C) alone is modelled (tests/rust/repr_c.rs), its other hints refused, never ignored
#[repr(C, packed)] //~ ERROR `repr(packed)` is not supported
struct S { a: u8, b: u32, c: u16 }
async fn foo(x: u32) -> u32 {
    let s = S { a: 1, b: x, c: 2 };
    yield_now().await;
    s.b + s.a as u32 + s.c as u32
}
