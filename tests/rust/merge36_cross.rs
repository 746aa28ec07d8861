// Cross-feature program of the session's merge (thirteenth): a one-variant enum matched through a `&E`
// variable by `let &E::A(..)` (bc36: no false E0507), an async `&self` method's `Option<&u32>` output
// holding only the receiver's loan while a local it was given is written (bc36), `let ref r @ p` and `let
// mut x = &mk()` of temporaries (bc36), `match &r` through a reference variable and an all-`_` match on a
// reference (pat36), a by-value struct parameter pattern of an async fn (pat36), `x @ (1 | 2) | x @ 5`
// beside another alternative inside `Some` (pat36), temporaries borrowed as call and await arguments, one a
// Guard held across an await (tempref36), and an enum variant named like an associated const of the enum's
// impl (hunt36: the variant wins), promoted constants `&K`, `&9` as arguments and `&6u32` held across an
// await (promo36).
//@ args: drive 0
//@ args: drive 1
//@ args: drive 5
//@ args: drive 9

enum One { A(u32, u32) }

enum Mode { Fast, Slow }

impl Mode {
    const Fast: u32 = 40;
}

const K: u32 = 4;

struct Cfg { lo: u32, hi: u32 }

struct Hub { k: u32 }

impl Hub {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> {
        yield_now().await;
        if let Some(_) = o { Some(&self.k) } else { None }
    }
}

struct Pair(u32, u32);

fn mk(n: u32) -> Pair { Pair(n, n + 1) }

fn peek(p: &Pair) -> u32 { p.0 + p.1 }

fn rd(r: &u32) -> u32 { *r }

async fn weigh(g: &Guard, n: u32) -> u32 {
    yield_now().await;
    n + 1
}

async fn spread(Cfg { lo, hi }: Cfg, n: u32) -> u32 {
    yield_now().await;
    if n > lo { hi - lo } else { lo }
}

async fn drive(x: u32) -> u32 {
    let e = One::A(x, 3);
    let re = &e;
    let &One::A(a, b) = re;
    let hub = Hub { k: a + 1 };
    let mut y = b;
    let c = hub.first(Some(&y)).await;
    y = y + 1;
    let held = match c { Some(v) => *v, None => 0 };
    let ref r @ Pair(p0, _) = mk(x);
    let mut q = &mk(y);
    let t = peek(&mk(p0)) + peek(q);
    q = r;
    let o = if x > 4 { Some(x) } else { None };
    let ro = &o;
    let k = match &ro { Some(v) if *v > 6 => *v - 6, Some(v) => *v, None => 2 };
    let w = match &&o { _ => 1 };
    let f = match o { Some(n @ (1 | 2) | n @ 5) => n, Some(_) => 7, None => 8 };
    let s = spread(Cfg { lo: 2, hi: 2 + x }, x).await;
    let g = weigh(&guard(x), k).await;
    let m = match Mode::Fast { Mode::Fast => 1, Mode::Slow => 0 };
    let pk = rd(&K) + rd(&9);
    let pref = &6u32;
    yield_now().await;
    held + y + q.1 + t + k + w + f + s + g + m + pk + *pref
}
