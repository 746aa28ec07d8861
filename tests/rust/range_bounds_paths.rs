// covers: range pattern bounds that are integer types' associated constants or byte literals (issue
// 22): `0..=u32::MAX`, `i8::MIN..=-1`, `u8::MIN..b'a'`, `b'a'..=b'z'`, `..=b'9'`, `i64::MIN..0`,
// `1..=u64::MAX`, and the same as plain literal patterns (`b'x' =>`, `u8::MAX =>`, `i32::MIN =>`) at the
// top of a match (rustc's const_to_pat: the constant's value, `const u8::MAX` in the MIR); matches
// exhaustive without `_` (u8 split at byte literals and `u8::MAX`, i8 `i8::MIN, -127..=-1, 0, 1..i8::MAX,
// i8::MAX`, u32 `0, 1..u32::MAX, u32::MAX`, i32 `i32::MIN, i32::MIN..=-1, 0..=i32::MAX`, u64, i64),
// usize and isize exhaustive only with open ends (`isize::MAX..`), `u16::BITS` (a u32 constant), byte
// escapes (`b'\t'`, `b'\x7f'`, `b'\0'`), a sync fn, an async block
//@ args: bytes 0
//@ args: bytes 48
//@ args: bytes 57
//@ args: bytes 65
//@ args: bytes 97
//@ args: bytes 120
//@ args: bytes 122
//@ args: bytes 200
//@ args: bytes 255
async fn bytes(n: u32) -> u32 {
    let c = n as u8;
    yield_now().await;
    match c {
        u8::MIN..b'0' => 1,
        b'0'..=b'9' => 2,
        b'x' => 3,
        b'a'..=b'z' => 4,
        b'A'..=b'Z' => 5,
        u8::MAX => 6,
        _ => 7,
    }
}
//@ args: full_u8 0
//@ args: full_u8 10
//@ args: full_u8 97
//@ args: full_u8 160
//@ args: full_u8 255
async fn full_u8(n: u32) -> u32 {
    let c = n as u8;
    let r = match c {
        ..=b'\t' => 1,
        b'\n' => 2,
        b'\x0b'..b'a' => 3,
        b'a'..=b'\x7f' => 4,
        0x80..u8::MAX => 5,
        u8::MAX => 6,
    };
    yield_now().await;
    r
}
//@ args: small 0
//@ args: small 127
//@ args: small 128
//@ args: small 255
async fn small(n: u32) -> u32 {
    let x = n as u8 as i8;
    yield_now().await;
    match x {
        i8::MIN => 1,
        -127..=-1 => 2,
        0 => 3,
        1..i8::MAX => 4,
        i8::MAX => 5,
    }
}
//@ args: word 0
//@ args: word 1
//@ args: word 4294967295
async fn word(n: u32) -> u32 {
    yield_now().await;
    match n {
        0 => 10,
        1..u32::MAX => 20,
        u32::MAX => 30,
    }
}
//@ args: signed 0
//@ args: signed 3
//@ args: signed 4294967295
//@ args: signed 2147483648
async fn signed(n: u32) -> u32 {
    let x = n as i32;
    yield_now().await;
    match x {
        i32::MIN => 1,
        i32::MIN..=-1 => 2,
        0..=i32::MAX => 3,
    }
}
//@ args: wide 0
//@ args: wide 1
//@ args: wide 7
async fn wide(n: u32) -> u32 {
    let u = if n == 7 { 18446744073709551615 } else { n as u64 };
    let i = if n == 7 { -9223372036854775808 } else { n as i64 - 1 };
    yield_now().await;
    let a = match u { u64::MIN => 1, 1..=u64::MAX => 2 };
    let b = match i { i64::MIN => 10, i64::MIN..0 => 20, 0 => 30, 1..=i64::MAX => 40 };
    let c = match n { 0..u16::BITS => 100, u16::BITS => 200, _ => 300 };
    a + b + c
}
fn plain(n: u32) -> u32 {
    match n as u8 {
        b'\0' => 1,
        u8::MAX => 2,
        _ => 3,
    }
}
//@ args: block 65
//@ args: block 66
async fn block(n: u32) -> u32 {
    let c = n as u8;
    let f = async move {
        yield_now().await;
        match c { b'A' => 1, b'B'..=u8::MAX => 2, _ => 3 }
    };
    f.await
}
//@ args: sized 0
//@ args: sized 5
//@ args: sized 9
async fn sized(n: u32) -> u32 {
    let i = n as isize - 5;
    let s = n as usize;
    yield_now().await;
    let a = match i { isize::MIN => 1, ..=-1 => 2, 0..isize::MAX => 3, isize::MAX.. => 4 };
    let b = match s { usize::MIN..=4 => 10, 5..usize::MAX => 20, usize::MAX.. => 30 };
    a + b
}
