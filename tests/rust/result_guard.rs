// covers: Result<T, E> and Option<T> holding a Guard or a struct (not Copy: moved, dropped by drop
// elaboration's open_drop_for_multivariant), the Guard moved out on one arm only, an Option parameter
// of an async fn (an upvar of its future), an Option holding a struct across an await, an Option
// captured by an async block
struct Pair { a: u32, g: Guard }
fn make(n: u32) -> Result<Guard, u32> {
    if n % 3 == 0 { Err(n) } else { Ok(guard(n)) }
}
//@ args: one_path 3
//@ args: one_path 4
async fn one_path(n: u32) -> u32 {
    let r = make(n);
    yield_now().await;
    let k = match r {
        Ok(g) => { yield_now().await; 1 }
        Err(e) => e,
    };
    yield_now().await;
    k
}
//@ args: kept 4
async fn kept(n: u32) -> u32 {
    let r = make(n);
    yield_now().await;
    match r {
        Ok(_) => 1,
        Err(e) => e,
    }
}
async fn takes(o: Option<Guard>, n: u32) -> u32 {
    yield_now().await;
    match o {
        Some(g) => n,
        None => 0,
    }
}
//@ args: caller 2
//@ args: caller 9
async fn caller(n: u32) -> u32 {
    let o = if n > 4 { Some(guard(n)) } else { None };
    takes(o, n).await
}
fn mk_pair(n: u32) -> Option<Pair> {
    if n == 0 { None } else { Some(Pair { a: n, g: guard(n + 100) }) }
}
//@ args: pair 0
//@ args: pair 6
async fn pair(n: u32) -> u32 {
    let p = mk_pair(n);
    yield_now().await;
    match p {
        Some(_) => 1,
        None => 5,
    }
}
//@ args: in_block 1
//@ args: in_block 8
async fn in_block(n: u32) -> u32 {
    let o: Option<u32> = if n > 4 { Some(n) } else { None };
    let b = async move {
        yield_now().await;
        match o {
            Some(v) => v + 1,
            None => 0,
        }
    };
    b.await
}
