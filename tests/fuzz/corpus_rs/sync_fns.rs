// covers: sync fns (params, return types, recursion, early return) called from async fns
//@ args: user 6
fn square(x: u32) -> u32 { x * x }

fn fact(n: u64) -> u64 {
    if n <= 1 {
        return 1;
    }
    n * fact(n - 1)
}

fn unit_fn(x: u32) {
    observe(x);
}

fn no_args() -> bool { true }

async fn user(x: u32) -> u64 {
    let s = square(x);
    yield_now().await;
    unit_fn(s);
    if no_args() { fact(x as u64) + s as u64 } else { 0 }
}
