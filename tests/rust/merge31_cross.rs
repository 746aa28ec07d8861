// Cross-feature program of the session's merge (tenth): an enum item with an impl in an async fn's body
// and a trait in it implemented for that enum, an impl of a top-level struct inside a body (rustc's
// non_local_definitions), `a @ ref mut b` over a field, `Some(n @ (1 | 2))` with a guard, an or-pattern
// inside an alternative under a top `@`, `let ref mut m @ p` of a non-Copy place, and a
// guard reading a top binding.
//@ args: drive 0
//@ args: drive 1
//@ args: drive 2
//@ args: drive 7
//@ args: drive 12

struct Tally { n: u32 }

async fn tick() {
    yield_now().await;
}

async fn drive(x: u32) -> u32 {
    impl Tally {
        fn bump(&mut self, k: u32) { self.n += k; }
    }
    enum Lvl { Hi(u32), Lo }
    trait Score { fn score(&self) -> u32; }
    impl Score for Lvl {
        fn score(&self) -> u32 { match self { Self::Hi(v) => *v + 10, Lvl::Lo => 1 } }
    }
    impl Lvl {
        fn pick(x: u32) -> Self { if x > 5 { Self::Hi(x) } else { Lvl::Lo } }
        async fn settle(&mut self, k: u32) -> u32 {
            tick().await;
            if let Lvl::Hi(v) = self { *v += k; }
            self.score()
        }
    }
    let mut t = Tally { n: 1 };
    let mut l = Lvl::pick(x);
    let s = l.settle(2).await;
    t.bump(s);
    let o = if x > 3 { None } else { Some(x) };
    let a = match o {
        Some(n @ (1 | 2)) if n > 1 => n * 10,
        Some(n @ (1 | 2)) => n + 5,
        Some(m) => m,
        None => 3,
    };
    tick().await;
    let w = if x % 2 == 0 { Some(Some(x)) } else if x > 8 { Some(None) } else { None };
    let b = match w {
        g @ (Some(Some(1 | 2)) | None) => match g { None => 7, Some(_) => 8 },
        Some(_) => 9,
    };
    let mut p = Some(x + 1);
    let c = match p {
        q @ Some(ref mut _r) => match q { Some(v) => v, None => 2 },
        None => 0,
    };
    let g = guard(x);
    let mut og = Some(g);
    let ref mut m @ (Some(_) | None) = og;
    if let Some(_) = m { observe(x); }
    tick().await;
    let d = match x {
        y if { let z = y + 1; z > 3 } => y + 1,
        _ => 0,
    };
    t.n + a + b + c + d + match p { Some(v) => v, None => 0 }
}
