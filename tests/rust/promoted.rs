// covers: promoted constants (promo36): `&5u32`, `&K` of a const item, `&S::N` of an associated
// const, `&true`, `&'c'`, `&&7u32` borrowed by a `let`, a `let` with a type, a `let &x` / `let &&x`
// pattern, a fn argument and a tuple struct field, in sync fns, async fns, an async block and a
// method; rustc promotes each into `const f::promoted[K]` (numbered last first) and the fn reads
// it through a local appended after the others; a promoted reference held across awaits is a
// saved `&u32`; a promoted reference outlives the loop body that borrowed it (rustc: `'static`)
//@ args: sum 3
//@ args: held 4
//@ args: pats 2
//@ args: in_block 5
//@ args: flags 1
//@ args: flags 0
//@ args: method 7
//@ args: escapes 3
//@ args: escapes 1
const K: u32 = 6;

struct Lim;

impl Lim {
    const N: u32 = 11;

    fn cap(&self, x: u32) -> u32 {
        let r = &Self::N;
        if x > *r { *r } else { x }
    }
}

struct W(u8);

fn take(r: &u32) -> u32 {
    *r + 1
}

fn first(x: u32) -> u32 {
    let r = &5u32;
    take(r) + take(&6) + take(&K) + x
}

fn refs() -> u32 {
    let &x = &5u32;
    let &&y = &&7u32;
    let rr = &&8u32;
    let t: &u32 = &9;
    x + y + **rr + *t
}

fn chars() -> u32 {
    let c = &'c';
    let b = &true;
    if *b { *c as u32 } else { 0 }
}

async fn sum(x: u32) -> u32 {
    let r = &5u32;
    yield_now().await;
    let s = &K;
    yield_now().await;
    x + *r + *s + first(x) + refs() + chars()
}

async fn held(x: u32) -> u32 {
    let r = &40u32;
    let rr = &&2u32;
    yield_now().await;
    let w = W(*&3u8);
    x + *r + **rr + take(&Lim::N) + w.0 as u32
}

async fn pats(x: u32) -> u32 {
    let &a = &1u32;
    yield_now().await;
    let &&b = &&2u32;
    a + b + x
}

async fn in_block(x: u32) -> u32 {
    let fut = async move {
        let r = &12u32;
        yield_now().await;
        *r + x + take(&13)
    };
    fut.await
}

async fn flags(x: u32) -> u32 {
    let on = &true;
    let off = &false;
    yield_now().await;
    if x > 0 && *on { 1 } else if *off { 2 } else { 3 }
}

async fn method(x: u32) -> u32 {
    let l = Lim;
    yield_now().await;
    l.cap(x) + l.cap(x + 10)
}

fn outlives(n: u32) -> u32 {
    let five = 5u32;
    let mut x = &five;
    let mut i = 0;
    loop {
        let r = &7u32;
        x = r;
        i += 1;
        if i > n {
            break;
        }
    }
    *x
}

async fn escapes(n: u32) -> u32 {
    let mut x = &1u32;
    if n > 2 {
        x = &9;
    }
    yield_now().await;
    *x + n + outlives(n)
}
