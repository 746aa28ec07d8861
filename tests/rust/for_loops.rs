// covers: `for` loops over ranges of integers (for40), which rustc builds as `match
// IntoIterator::into_iter(a..b) { mut iter => loop { match Iterator::next(&mut iter) { None => break,
// Some(i) => body } } }`: `a..b` (the aggregate `Range::<T> { start, end }`) and `a..=b`
// (`RangeInclusive::<T>::new(a, b)`, up to the type's maximum: no overflow), `break` and `continue`
// in the body, awaits inside the loop (the iterator saved across them), a Guard made and dropped in
// the body (dropped on `continue`, on `break` and on the coroutine's drop), `for _ in`, `for mut i in`,
// an unsuffixed range whose type the body infers (`u8` from `tx`), one that falls back to i32, signed
// and empty ranges, nested loops, a loop in a sync fn and in an async block, an unused loop variable, a `return`
// from the body, a user's variable named `iter` (the desugaring's is hygienic), a `for` inside a `loop`
//@ args: syncs 0
//@ args: syncs 5
//@ args: syncs 12
//@ args: syncs 250
//@ args: syncs 255
//@ args: awaits 0
//@ args: awaits 4
//@ args: guarded 6
//@ args: guarded 9
//@ args: nested 3
//@ args: signed 2
//@ args: in_block 3
//@ args: small 0
//@ args: early 2
//@ args: early 6
//@ args: small 253
//@ args: unused 2
async fn tx(b: u8) -> u32 {
    yield_now().await;
    observe(b as u32);
    b as u32
}

fn sum_to(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        if i == 3 {
            continue;
        }
        if i == 7 {
            break;
        }
        s += i;
    }
    s
}

fn inclusive(n: u8) -> u32 {
    let mut s = 0u32;
    for mut i in 1..=n {
        i *= 2;
        s += i as u32;
    }
    s
}

fn to_max(n: u8) -> u32 {
    let mut c = 0;
    for _ in n..=255 {
        c += 1;
    }
    c
}

async fn syncs(n: u32) -> u32 {
    let a = sum_to(n);
    yield_now().await;
    let b = inclusive(n as u8 % 8);
    let c = to_max(n as u8);
    observe(a);
    observe(b);
    observe(c);
    a + b + c
}

async fn awaits(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..4 {
        s += tx(i).await;
    }
    for k in n..n + 2 {
        yield_now().await;
        observe(k);
    }
    s
}

async fn guarded(n: u32) -> u32 {
    let mut s = 0;
    for i in 2..n {
        let _g = guard(i);
        if i % 3 == 0 {
            continue;
        }
        if i == 7 {
            break;
        }
        yield_now().await;
        s += i;
    }
    s
}

async fn nested(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        for j in i..=n {
            if j == 2 {
                continue;
            }
            s += j;
            yield_now().await;
        }
        observe(i);
    }
    s
}

async fn signed(n: i32) -> i32 {
    let mut s = 0;
    for i in -n..n {
        s += i;
        yield_now().await;
    }
    for _ in 5..n {
        s += 100;
    }
    s
}

async fn in_block(n: u32) -> u32 {
    let b = async move {
        let mut s = 0;
        for i in 0..n {
            yield_now().await;
            s += i;
        }
        s
    };
    b.await
}

async fn unused(n: u32) {
    for i in 0..n {
        yield_now().await;
    }
    for _ in 0..3 {
        observe(n);
    }
}

async fn small(n: u8) -> u32 {
    let mut s = 0u32;
    for b in n..=255 {
        if b % 2 == 0 {
            yield_now().await;
        }
        s += b as u32;
        if n == 0 && b == 3 {
            break;
        }
    }
    s
}

async fn early(n: u32) -> u32 {
    let iter = 3;
    for i in 0..n {
        yield_now().await;
        if i == iter {
            return i * 10;
        }
    }
    loop {
        for i in 0..n {
            if i == 1 {
                break;
            }
        }
        break;
    }
    n
}
