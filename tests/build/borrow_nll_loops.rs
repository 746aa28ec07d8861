// covers: the near twins NLL accepts of the borrow conflicts found by break/continue drops,
// async blocks' drop-glue temporaries and loans made again in loops (the must-reject ones are
// tests/rust/invalid/borrow_e0506_break_drop.rs, _continue_drop, borrow_e0597_break.rs,
// borrow_e0506_block_temp_*.rs, borrow_e0499_loop_remade.rs, borrow_e0506_loop_remade_shared.rs,
// borrow_e0503_loop_last_use.rs), and a reference whose last use is before a conflict
async fn read(r: &u32) -> u32 {
    *r
}
fn make(n: u32) -> Option<u32> {
    if n == 0 { None } else { Some(n) }
}
fn take(g: Guard, n: u32) -> u32 { n }
async fn break_after_await(x: u32) -> u32 {
    let mut v = x;
    loop {
        let fut = read(&v);
        let n = fut.await;
        v = n;
        break;
    }
    v
}
async fn continue_after_await(x: u32) -> u32 {
    let mut v = x;
    let mut i = 0u32;
    while i < 3 {
        i += 1;
        let fut = read(&v);
        let n = fut.await;
        if i == 1 {
            v += n;
            continue;
        }
        v = n + 1;
    }
    v
}
async fn break_borrow_outlived(x: u32) -> u32 {
    let mut keep = &x;
    loop {
        let y = x + 1;
        keep = &y;
        observe(*keep);
        keep = &x;
        break;
    }
    *keep
}
async fn block_temp_no_drop(x: u32) -> u32 {
    let mut v = x;
    let b = async {
        match make(1) {
            Some(_) => { yield_now().await; v }
            None => 0,
        }
    };
    v = 5;
    v
}
async fn block_temp_before(x: u32) -> u32 {
    let mut v = x;
    let b = async {
        take(guard(1), 2) + { yield_now().await; v }
    };
    v = 5;
    v
}
async fn remade_not_kept(x: u32) -> u32 {
    let mut v = x;
    let mut w = 0u32;
    let mut keep = &mut w;
    let mut i = 0u32;
    loop {
        let r = &mut v;
        *r += 1;
        if i == 1 {
            break;
        }
        i += 1;
    }
    *keep += 1;
    w + v
}
async fn remade_read_after(x: u32) -> u32 {
    let mut v = x;
    let w = 0u32;
    let mut keep = &w;
    let mut i = 0u32;
    while i < 3 {
        let r = &v;
        if i == 0 {
            keep = r;
        }
        i += 1;
    }
    v += *keep;
    v
}
async fn last_use_in_loop(x: u32) -> u32 {
    let mut v = x;
    let r = &mut v;
    let mut i = 0u32;
    while i < 2 {
        *r += 1;
        i += 1;
    }
    v += 1;
    v
}
