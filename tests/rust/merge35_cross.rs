// Cross-feature program of the session's merge (twelfth): a static read across an await and `&S` of a
// static held across one (consts35), associated consts in a value, an array length and a pattern
// (consts35), a `&x` / `&S { .. }` parameter pattern of an async fn (pat35), `match &&o` with bindings
// (pat35), an `Option<&u32>` held across an await and dead before a write (optloan35: NLL lets the write
// through), `let ref r = mk(n).0;` of a temporary under a field (pat35), a body const and a top-level
// const of one name, and a guarded `ref` binding (warn35: not reported unused).
//@ args: drive 0
//@ args: drive 1
//@ args: drive 4
//@ args: drive 7

static LIMIT: u32 = 6;
const K: u32 = 2;

struct Cfg { lo: u32, hi: u32 }

impl Cfg {
    const N: usize = 2;
    const MID: u32 = 3;
    fn span(&self) -> u32 { self.hi - self.lo }
}

struct Pair(u32, u32);

fn mk(n: u32) -> Pair { Pair(n, n + 1) }

async fn tick() {
    yield_now().await;
}

async fn scaled(&x: &u32, &Cfg { lo, hi }: &Cfg) -> u32 {
    tick().await;
    x * (hi - lo) + lo + K
}

async fn drive(x: u32) -> u32 {
    const K: u32 = 5;
    let cfg = Cfg { lo: 1, hi: 1 + K };
    let lim = &LIMIT;
    let arr = [x; Cfg::N];
    tick().await;
    let mut y = x + *lim;
    let o = Some(&y);
    let first = match &&o {
        Some(v) if **v > 8 => **v - 8,
        Some(v) => **v,
        None => 0,
    };
    tick().await;
    let held = match o { Some(v) => *v, None => 0 };
    y = y + held;
    let ref r = mk(y).0;
    let s = scaled(&arr[1], &cfg).await;
    let kind = match x {
        Cfg::MID => 100,
        n if n > LIMIT => 200,
        _ => 300,
    };
    let mut g = Some(x);
    let bonus = match g {
        Some(ref mut m) if *m > 3 => 1,
        _ => 0,
    };
    g = None;
    let _ = g;
    first + *r + s + kind + bonus + cfg.span()
}
