// covers: Option<T> and Result<T, E> (core's enums, issue 22 item 4): `Some(x)`, `None`, `Ok(x)`,
// `Err(e)` made by sync fns and async fns, held across awaits (saved locals, rustc's tagged layout),
// matched with bindings by value (a Copy payload copied, a Guard moved out on one arm), passed as
// parameters, and Copy instances used twice
fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn check(n: u32) -> Result<u32, u8> {
    if n < 10 { Ok(n + 1) } else { Err(3) }
}
//@ args: some_or 0
//@ args: some_or 5
async fn some_or(n: u32) -> u32 {
    let o = half(n);
    yield_now().await;
    match o {
        Some(v) => v,
        None => 7,
    }
}
//@ args: result_match 2
//@ args: result_match 12
async fn result_match(n: u32) -> u32 {
    let r = check(n);
    yield_now().await;
    match r {
        Ok(v) => v,
        Err(e) => e as u32,
    }
}
//@ args: guard_opt 1
//@ args: guard_opt 5
async fn guard_opt(n: u32) -> u32 {
    let o = if n > 2 { Some(guard(n)) } else { None };
    yield_now().await;
    match o {
        Some(g) => { yield_now().await; 1 }
        None => 0,
    }
}
fn unwrap_or(o: Option<u16>, d: u16) -> u16 {
    match o {
        Some(v) => v,
        None => d,
    }
}
async fn get(n: u32) -> Result<u16, u32> {
    yield_now().await;
    if n > 3 { Err(n) } else { Ok(n as u16) }
}
//@ args: copy_twice 2
//@ args: copy_twice 4
async fn copy_twice(n: u32) -> u32 {
    let o: Option<u16> = if n > 3 { None } else { Some(n as u16) };
    let a = unwrap_or(o, 1);
    yield_now().await;
    let b = unwrap_or(o, 2);
    let r = get(n).await;
    let c = match r { Ok(v) => v as u32, Err(e) => e };
    a as u32 + b as u32 + c
}
