// covers: promoted constants of several statements (promo38): `&(1 + 2)` (the debug build's checked
// sum in the promoted, its overflow assert kept in the fn), `&(K * 2)`, `&(7 / 2)` (its zero-divisor
// assert kept), `&-K`, `&(3 << 2)`, `&(1 < 2)`, arrays `&[1, 2, 3]`, repeats `&[0u8; 4]`, struct,
// tuple struct and unit struct literals `&P { a: 1, b: 2 }`, `&T(1, 2)`, `&Q`, variants `&Some(3)`,
// `&E::V(1)`, `&E::W`, nested `&&[1, 2]`, `&[P { .. }, P { .. }]`, and a method call on a unit
// struct or a literal `Q.get()`, `P { a: 1, b: 2 }.sum()` (rustc promotes the autoref's `&Q`),
// held across awaits, in a match arm, a call argument and an async block; must not fire: a variable
// in the literal (`&P { a: x, b: 1 }`, `&Some(x)`, `&(x * 2)`), which stays a temporary
//@ args: forms 3
//@ args: held 4
//@ args: arms 1
//@ args: arms 2
//@ args: arms 9
//@ args: in_block 5
//@ args: methods 6
//@ args: not_promoted 7
struct P {
    a: u32,
    b: u32,
}

struct T(u32, u8);

struct Q;

enum E {
    V(u32),
    W,
}

const K: u32 = 6;
const S: i32 = 3;

impl Q {
    fn get(&self) -> u32 {
        4
    }
}

impl P {
    fn sum(&self) -> u32 {
        self.a + self.b
    }
}

fn first(r: &[u32; 3]) -> u32 {
    (*r)[0]
}

fn pa(p: &P) -> u32 {
    p.a * 10 + p.b
}

fn ev(e: &E) -> u32 {
    match e {
        E::V(x) => *x,
        E::W => 100,
    }
}

fn arith(n: u32) -> u32 {
    let a = &(1u32 + 2);
    let k = &(K * 2);
    let d = &(7u32 / 2);
    let m = &-S;
    let sh = &(3u32 << 2);
    let lt = &(1u32 < 2);
    *a + *k + *d + (*m + 10) as u32 + *sh + if *lt { n } else { 0 }
}

fn lits(n: u32) -> u32 {
    let arr = &[1u32, 2, 3];
    let rep = &[0u8; 4];
    let p = &P { a: 1, b: 2 };
    let t = &T(5, 6);
    let q = &Q;
    let s = &Some(3u32);
    let v = &E::V(1);
    let nn = &&[7u32, 8];
    let ps = &[P { a: 3, b: 4 }, P { a: 5, b: 6 }];
    let sv = match s {
        Some(x) => *x,
        None => 0,
    };
    (*arr)[1] + (*rep)[2] as u32 + p.a + p.b + t.0 + t.1 as u32 + q.get() + sv + ev(v) + (**nn)[1] + (*ps)[1].b + n
}

async fn forms(n: u32) -> u32 {
    let x = arith(n) + lits(n);
    yield_now().await;
    x + first(&[10, 20, 30]) + pa(&P { a: 4, b: 5 }) + ev(&E::W)
}

async fn held(n: u32) -> u32 {
    let a = &(2u32 + 3);
    let arr = &[4u32, 5, 6];
    let p = &P { a: 7, b: 8 };
    yield_now().await;
    let o = &Some(9u32);
    let e = &E::V(10);
    yield_now().await;
    let on = match o {
        Some(v) => *v,
        None => 0,
    };
    n + *a + (*arr)[2] + p.b + on + ev(e)
}

async fn arms(n: u32) -> u32 {
    yield_now().await;
    let r = match n {
        1 => pa(&P { a: 1, b: 1 }),
        2 => first(&[1, 0, 0]) + n,
        _ => ev(&E::V(n)) + ev(&E::V(2)),
    };
    r + match n {
        1 => *&(K * 3),
        _ => (*&[0u32; 3])[1],
    }
}

async fn in_block(n: u32) -> u32 {
    let fut = async move {
        let p = &P { a: 2, b: 3 };
        yield_now().await;
        let r = &P { a: n, b: 1 };
        p.sum() + first(&[4, 5, 6]) + r.a + Q.get()
    };
    fut.await
}

async fn methods(n: u32) -> u32 {
    let a = Q.get();
    yield_now().await;
    a + P { a: 1, b: 2 }.sum() + Q.get() * n
}

fn not_promoted_sync(x: u32) -> u32 {
    let p = &P { a: x, b: 1 };
    let s = &Some(x);
    let m = &(x * 2);
    let sv = match s {
        Some(v) => *v,
        None => 0,
    };
    p.a + sv + *m + P { a: x, b: 0 }.sum()
}

async fn not_promoted(x: u32) -> u32 {
    yield_now().await;
    not_promoted_sync(x)
}
