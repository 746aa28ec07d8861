// invalid (lint38): `repr(C)` would change the struct's layout (rustc: 12 bytes, declaration order; coroslim
// lays out repr(Rust), 8 bytes): refused, where it was ignored and the future's size came out wrong
#[repr(C)] //~ ERROR `repr(C)` is not supported
struct S { a: u8, b: u32, c: u8 }
async fn foo(x: u32) -> u32 {
    let s = S { a: 1, b: x, c: 2 };
    yield_now().await;
    s.b + s.a as u32 + s.c as u32
}
