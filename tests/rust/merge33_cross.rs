// Cross-feature program of the session's merge (eleventh): const items (a top-level chain, a body const,
// a const pattern beside a guarded one, an array length), a trait of an async fn's body implemented for a
// top-level struct and called inside its block by method and by `<S as T>::f`, `&&S` held across an await
// with auto-deref of a field and a `&self` method, `let &&x = &&place;`, `let ref r = mk();` of a Guard
// temporary held across an await, `x @ (1 | 2) | x @ 5` beside other arms, an enum's variants used before
// its declaration, and a `Trait::m(&s)` path call.
//@ args: drive 0
//@ args: drive 1
//@ args: drive 2
//@ args: drive 5
//@ args: drive 9

const BASE: u32 = 3;
const TOP: u32 = BASE * 2 + 1;
const LEN: usize = 3;

struct Acc { v: u32 }

impl Acc {
    fn get(&self) -> u32 { self.v }
}

fn mkg(n: u32) -> Guard { guard(n) }

async fn tick() {
    yield_now().await;
}

async fn drive(x: u32) -> u32 {
    const STEP: u32 = 2;
    trait Bump { fn bump(&self, k: u32) -> u32; }
    impl Bump for Acc {
        fn bump(&self, k: u32) -> u32 { self.v + k * STEP }
    }
    let a = Acc { v: x % 7 };
    let arr = [BASE; LEN];
    let ref g = mkg(x);
    let q = &&a;
    tick().await;
    let &&w = &&a.v;
    let b = q.v + q.get() + q.bump(1) + <Acc as Bump>::bump(&a, w) + Bump::bump(&a, 2);
    let lv = if x > 4 { Lvl::Hi(x) } else { Lvl::Lo };
    let c = match lv { Lvl::Hi(h) => h, Lvl::Lo => BASE };
    let m = match x {
        BASE => TOP,
        y @ (1 | 2) | y @ 5 => y + STEP,
        n if n > TOP => n - TOP,
        _ => 0,
    };
    tick().await;
    observe(m);
    let _k = g;
    b + m + c + arr[(x as usize) % LEN]
}

enum Lvl { Hi(u32), Lo }
