// covers: core's Option and Result in the emitted crate (issue 20): their own types with compile-time
// asserts that rustc's layout is the IR's (size, alignment, payload offsets), aggregates in brace
// syntax (`Option::<u32>::Some { 0: .. }`), a payload read and a Guard moved out of a variant field,
// an Option held across an await (a Copy view) and an Option<Guard> (a ManuallyDrop view); `?` as
// core's `<Result<u32, u8> as core::ops::Try>::branch` and `FromResidual::from_residual` (feature
// try_trait_v2); if let / while let; arrays: a literal, a repeat, `a[_i]` read, written and
// op-assigned, an array held across an await, an array argument given by the bytes harness
// (`sum`, called by no fn); bounds checks calling bounds_check_panic::<N>, and in a debug build
// (overflow checks on) `a[i] + x` whose bounds check and overflow check share one Location
// (same_loc_args!); `first` infers cross-crate inlinable in rustc (#[linkage = "internal"])
fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn check(n: u32) -> Result<u32, u8> {
    if n < 10 { Ok(n) } else { Err(3) }
}
fn make(n: u32) -> Result<Guard, u32> {
    if n == 0 { Err(n) } else { Ok(guard(n)) }
}
fn first(a: [u32; 3], i: usize) -> u32 {
    a[i]
}
async fn opts(n: u32) -> u32 {
    let o = half(n);
    let r = make(n);
    yield_now().await;
    let k = match r {
        Ok(g) => 1,
        Err(e) => e,
    };
    if let Some(v) = o { v + k } else { k }
}
async fn tries(n: u32) -> Result<u32, u8> {
    let v = check(n)?;
    yield_now().await;
    let w = check(v + 1)?;
    Ok(w)
}
async fn loops(n: u32) -> u32 {
    let mut k = n;
    let mut s = 0;
    while let Some(h) = half(k) {
        if h == 0 { break; }
        yield_now().await;
        s += h;
        k = h;
    }
    s
}
async fn sum(a: [u16; 2]) -> u32 {
    yield_now().await;
    a[0] as u32 + a[1] as u32
}
async fn arrays(i: usize, x: u32) -> u32 {
    let mut a = [x, 2, 3];
    let z = [7u8; 4];
    a[i] = 5;
    a[1] += x;
    yield_now().await;
    a[i] + x + z[3] as u32 + first(a, i)
}
