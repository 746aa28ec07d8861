// covers: promoted constants of casts, of `()` and of a signed division by -1 (promo39): `&(K as u64)`,
// `&(300u32 as u8)`, `&(-5i32 as i64)`, `&(true as u8)`, `&('a' as u32)`, `&(65u8 as char)`, nested
// `&(K as u8 as i64)`, an identity cast `&(K as u32)` (THIR's Use: promo36's chain), a cast of an
// operator `&((K + 1) as u16)`, an operator of casts `&(K as u64 * 2)`, `&&(3u8 as u32)`, a cast in
// a struct literal `&P { a: K as u16, b: 1 }`, `&()` and `&&()` (rustc's `_1 = ();`), `&(7i32 / -1)`
// and `&(-9i64 % -1)` and `&(K2 / -1)` (validate_rvalue: a divisor of -1 under a constant dividend
// other than MIN is promoted; the fn keeps its zero and overflow asserts), held across awaits, in
// match arms, call arguments, an async block and a method; arrays of borrows `&[&1u32, &2]` (one
// promoted: the outer borrow, last in the body, is promoted first and takes the inner ones along; the
// later elements are reborrows `_4 = &(*_5);`, rustc's CoerceMany), `&[&K, &(K * 2), &(K as u32)]`,
// `&[&(), &()]`, `&[&&1u8, &&2]`, `&[&P { .. }, &P { .. }]`; must not fire: a cast of a variable
// `&(x as u64)`, `&((x + 1) as u8)`, `&(x / -3)`, which stay temporaries
//@ args: forms 3
//@ args: held 4
//@ args: arms 1
//@ args: arms 2
//@ args: arms 9
//@ args: in_block 5
//@ args: method 6
//@ args: not_promoted 7
//@ args: borrows 8
struct P {
    a: u16,
    b: u8,
}

struct W(u32);

const K: u32 = 3;
const K2: i32 = -12;

impl W {
    fn scaled(&self, n: u32) -> u64 {
        let f = &(K as u64);
        let u = &();
        let _ = u;
        (self.0 + n) as u64 * *f
    }
}

fn id64(r: &u64) -> u64 {
    *r
}

fn idi(r: &i32) -> i32 {
    *r
}

fn unit_ref(u: &()) -> u32 {
    let _ = u;
    1
}

fn casts(n: u64) -> u64 {
    let a = &(K as u64);
    let b = &(300u32 as u8);
    let c = &(-5i32 as i64);
    let t = &(true as u8);
    let ch = &('a' as u32);
    let c8 = &(65u8 as char);
    let nested = &(K as u8 as i64);
    let same = &(K as u32);
    let op = &((K + 1) as u16);
    let ops = &(K as u64 * 2);
    let rr = &&(3u8 as u32);
    let p = &P { a: K as u16, b: 1 };
    let cv = if *c8 == 'A' { 1 } else { 0 };
    *a + *b as u64 + (*c + 10) as u64 + *t as u64 + *ch as u64 + cv + *nested as u64 + *same as u64 + *op as u64
        + *ops + **rr as u64 + p.a as u64 + p.b as u64 + n
}

fn units() -> u32 {
    let a = &();
    let b = &&();
    let _ = a;
    let _ = b;
    unit_ref(&()) + unit_ref(*b)
}

fn divs(n: i32) -> i32 {
    let a = &(7i32 / -1);
    let b = &(-9i64 % -1);
    let c = &(K2 / -1);
    let d = &(100i8 / -1);
    *a + *b as i32 + *c + *d as i32 + idi(&(21 / -1)) + n
}

async fn forms(n: u32) -> u64 {
    let x = casts(n as u64) + units() as u64 + (divs(n as i32) + 100) as u64;
    yield_now().await;
    x + id64(&(K as u64)) + id64(&(2u8 as u64)) + unit_ref(&()) as u64
}

async fn held(n: u32) -> u64 {
    let a = &(K as u64);
    let u = &();
    let d = &(8i32 / -1);
    yield_now().await;
    let c = &('z' as u32);
    yield_now().await;
    let _ = u;
    *a + *c as u64 + (*d + 10) as u64 + n as u64 + unit_ref(u) as u64
}

async fn arms(n: u32) -> u64 {
    yield_now().await;
    let r = match n {
        1 => id64(&(K as u64)),
        2 => id64(&(7u8 as u64)) + unit_ref(&()) as u64,
        _ => (idi(&(5 / -1)) + 10) as u64,
    };
    r + match n {
        1 => *&(K as u64 + 1),
        _ => *&(false as u64),
    }
}

async fn in_block(n: u32) -> u64 {
    let fut = async move {
        let a = &(K as u64);
        yield_now().await;
        let u = &();
        let _ = u;
        *a + n as u64 + id64(&(9u16 as u64))
    };
    fut.await
}

async fn method(n: u32) -> u64 {
    let w = W(n);
    yield_now().await;
    w.scaled(1)
}

fn not_promoted_sync(x: u32) -> u64 {
    let a = &(x as u64);
    let b = &((x + 1) as u8);
    let c = &(x as i32 / -3);
    *a + *b as u64 + (*c + 100) as u64
}

async fn not_promoted(x: u32) -> u64 {
    yield_now().await;
    not_promoted_sync(x)
}

fn ref_arrays(n: u32) -> u32 {
    let a = &[&1u32, &2];
    let b = &[&K, &(K * 2), &(K as u32)];
    let u = &[&(), &()];
    let _ = u;
    let rr = &[&&1u8, &&2];
    let ps = &[&P { a: 4, b: 5 }, &P { a: 6, b: 7 }];
    *(*a)[0] + *(*a)[1] + *(*b)[1] + *(*b)[2] + **(*rr)[1] as u32 + (*ps)[1].a as u32 + n
}

async fn borrows(n: u32) -> u32 {
    let a = &[&3u32, &4, &5];
    yield_now().await;
    let x = ref_arrays(n);
    yield_now().await;
    x + *(*a)[2] + *(*&[&6u32, &7])[1]
}
