// covers: promoted constants beyond literals (promo37): a negated literal `&-5` is rustc's constant
// `-5_i32` (THIR folds the negation) and promoted as `&5` is: `&-5`, `&-5i8`, `&-128i8` (its type's
// minimum), `&&-3i64`, a typed `let`, a `let &x` pattern, a fn argument, `*&-2` in a tuple struct
// field, `&(-5)`, `&-(7)`, `&-0`, `*&-1` in a condition, `match &-3 { &v => v }`, in sync fns, async fns (held across awaits), an async block and a method; must not fire:
// `&(x + 1)`, `&(7 / x)`, `&-x` and `&(x as i32)` read a variable (a temporary of the statement or
// of the `let`, built as rustc builds it, with its overflow or division assert)
//@ args: negs 3
//@ args: held -4
//@ args: in_block 5
//@ args: method 7
//@ args: method -20
//@ args: not_promoted 2
//@ args: not_promoted 7
struct W(i8);

struct Clamp;

impl Clamp {
    fn low(&self, x: i32) -> i32 {
        let floor = &-10;
        if x < *floor { *floor } else { x }
    }
}

fn take(r: &i32) -> i32 {
    *r - 1
}

fn neg_lets() -> i32 {
    let r = &-5;
    let &x = &-1i32;
    let t: &i16 = &-9;
    let rr = &&-3i64;
    *r + x + *t as i32 + **rr as i32
}

fn neg_small() -> i32 {
    let a = &-5i8;
    let m = &-128i8;
    let w = W(*&-2);
    *a as i32 + *m as i32 + w.0 as i32
}

fn neg_forms(x: i64) -> i64 {
    let a = &(-5);
    let b = &-(7);
    let c = &-0i64;
    let d = if *&-1i64 < x { 1 } else { 2 };
    let e = match &-3i64 { &v => v };
    *a + *b + *c + d + e + x
}

async fn negs(x: i32) -> i32 {
    let r = &-5;
    yield_now().await;
    let s = &-7i32;
    yield_now().await;
    x + *r + *s + take(&-6) + neg_lets() + neg_small() + neg_forms(x as i64) as i32
}

async fn held(x: i32) -> i32 {
    let r = &-40i32;
    let rr = &&-2i32;
    yield_now().await;
    x + *r + **rr
}

async fn in_block(x: i32) -> i32 {
    let fut = async move {
        let r = &-12i32;
        yield_now().await;
        *r + x + take(&-13)
    };
    fut.await
}

async fn method(x: i32) -> i32 {
    let c = Clamp;
    yield_now().await;
    c.low(x) + c.low(x - 30)
}

fn add_one(x: u32) -> u32 {
    let r = &(x + 1);
    *r
}

fn div_by(x: u32) -> u32 {
    let r = &(7 / x);
    *r
}

fn negate(x: i32) -> i32 {
    let r = &-x;
    *r
}

fn widen(x: u32) -> i32 {
    let r = &(x as i32);
    *r
}

async fn not_promoted(x: u32) -> u32 {
    yield_now().await;
    add_one(x) + div_by(x) + (negate(x as i32) + 10) as u32 + widen(x) as u32
}
