// covers: associated consts of inherent impls inside fn bodies (consts38): a body struct's and a body
// enum's (`S::N`, `Self::N` in a method and in another const's initializer), an impl in a body of a
// top-level struct (rustc's `f::<impl Top>::T`), two structs `S` of one body (blocks), an impl in an
// async block, held across awaits, as match patterns, array lengths and repeat counts; rustc's MIR
// names every use by the type's path: `const f::S::N`, `const h::{closure#0}::Q::M`; a free const of the
// same name stays the unqualified name's (shadow)
//@ args: run_sync 1
//@ args: run_sync 3
//@ args: held 2
//@ args: held 7
//@ args: classify 4
//@ args: classify 9
//@ args: in_block 5
//@ args: shadow 3
struct Top {
    a: u32,
}

fn sync_consts(n: u32) -> u32 {
    struct S {
        b: u32,
    }
    impl S {
        const N: u32 = Self::M + 1;
        const M: u32 = 2;
        fn get(&self) -> u32 {
            self.b + Self::N
        }
    }
    impl Top {
        const T: u32 = 4;
    }
    let s = S { b: n };
    let t = Top { a: n };
    s.get() + S::M + Top::T + t.a
}

async fn held(n: u32) -> u32 {
    enum Mode {
        Fast,
        Slow,
    }
    impl Mode {
        const LIMIT: u8 = 200;
        const FAST: bool = true;
        fn cost(&self) -> u32 {
            match self {
                Mode::Fast => 1,
                Mode::Slow => Self::LIMIT as u32,
            }
        }
    }
    let m = if Mode::FAST && n < 5 { Mode::Fast } else { Mode::Slow };
    yield_now().await;
    m.cost() + Mode::LIMIT as u32 + n
}

async fn classify(x: u32) -> u32 {
    struct K;
    impl K {
        const LO: u32 = 4;
        const LEN: usize = 3;
    }
    let arr: [u32; K::LEN] = [K::LO; K::LEN];
    yield_now().await;
    match x {
        K::LO => arr[0],
        _ => arr[2] + x + K::LEN as u32,
    }
}

async fn in_block(x: u32) -> u32 {
    let fut = async move {
        struct Q;
        impl Q {
            const M: u8 = 7;
        }
        yield_now().await;
        Q::M as u32 + x
    };
    fut.await + 1
}

fn two_blocks(x: u32) -> u32 {
    let a = {
        struct S;
        impl S {
            const N: u32 = 10;
        }
        S::N + x
    };
    let b = {
        struct S;
        impl S {
            const N: u32 = 20;
        }
        S::N
    };
    a + b
}

async fn run_sync(n: u32) -> u32 {
    let a = sync_consts(n);
    yield_now().await;
    a + two_blocks(n)
}

async fn shadow(x: u32) -> u32 {
    const N: u32 = 1;
    struct S;
    impl S {
        const N: u32 = 2;
        fn g() -> u32 {
            N * 10 + Self::N
        }
    }
    yield_now().await;
    S::g() + N + x
}
