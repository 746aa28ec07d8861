// covers: struct, enum and impl items inside fn bodies (items30): named and tuple structs, an enum
// matched, inherent methods (`&self`, `&mut self`, `self`, async, associated fns, `Self`), a
// top-level trait implemented for a struct of a body, items used before their declaration, two
// structs of one name in different blocks, a struct of an outer block used in an async block and
// in a nested fn, a struct with a Guard held across an await, `pub` on items of a body (no effect)
//@ args: outer 3
//@ args: outer 40
//@ args: sync_user 5
//@ args: in_block 2
trait Scale {
    fn scale(&self, k: u32) -> u32;
}

async fn outer(x: u32) -> u32 {
    let mut c = Counter::new(x);
    c.bump();
    let p = Pair(x, true);
    impl Counter {
        fn new(n: u32) -> Self {
            Counter { n, g: guard(n) }
        }
        fn bump(&mut self) {
            self.n += 1;
        }
        async fn wait(&self) -> u32 {
            yield_now().await;
            observe(self.n);
            self.n
        }
        fn into_n(self) -> u32 {
            let Counter { n, g } = self;
            drop_guard(g);
            n
        }
    }
    struct Counter {
        n: u32,
        g: Guard,
    }
    struct Pair(u32, bool);
    enum Step {
        Go(u32),
        Stop,
    }
    impl Scale for Pair {
        fn scale(&self, k: u32) -> u32 {
            if self.1 { self.0 * k } else { k }
        }
    }
    fn drop_guard(_g: Guard) {}
    fn pick(n: u32) -> Step {
        if n > 10 { Step::Stop } else { Step::Go(n) }
    }
    let w = c.wait().await;
    let s = match pick(w) {
        Step::Go(k) => k + p.scale(2),
        Step::Stop => 0,
    };
    s + c.into_n()
}

fn sync_outer(x: u32) -> u32 {
    struct S(u32);
    impl S {
        fn get(&self) -> u32 {
            self.0
        }
    }
    let s = S(x);
    let a = s.get();
    let b = {
        struct T {
            v: u32,
        }
        impl T {
            fn twice(&self) -> u32 {
                self.v * 2
            }
        }
        let t = T { v: x };
        t.twice()
    };
    let c = {
        struct S {
            f: bool,
            g: u8,
        }
        impl S {
            fn get(&self) -> u32 {
                if self.f { self.g as u32 } else { 0 }
            }
        }
        let s = S { f: x > 2, g: 7 };
        s.get()
    };
    a + b + c
}

async fn in_block(n: u32) -> u32 {
    pub struct Acc {
        total: u32,
    }
    let f = async move {
        let mut a = Acc { total: n };
        yield_now().await;
        a.total += 1;
        pub fn seed() -> Acc {
            Acc { total: 100 }
        }
        a.total + seed().total
    };
    f.await
}

async fn sync_user(x: u32) -> u32 {
    yield_now().await;
    sync_outer(x)
}
