// covers: associated consts of traits and trait impls at the top level (consts37): a declaration without
// a default (each impl defines it), with one (taken, or overridden), a default naming `Self::K`; uses as
// `S::K`, `<S as Tr>::K`, `Self::K` in methods, an async method and an impl const's initializer; an
// inherent const beside a trait's of one name (`S::N` the inherent one, `<S as Named>::N` the trait's),
// an enum's impl, two traits for one type; in patterns, array lengths and repeat counts, across awaits.
// rustc's MIR names every use `const <S as Tr>::K`, the inherent one `const S::N`
//@ args: classify 5
//@ args: classify 9
//@ args: classify 12
//@ args: held 3
//@ args: lengths 1
//@ args: via_method 2
//@ args: shadowed 4
trait Tr {
    const K: u32;
    const D: u32 = 7;
    const E: u32 = Self::K + 1;
    const ON: bool = true;
    fn get(&self) -> u32;
}
trait Sized2 {
    const LEN: usize;
    const TAG: char = 'x';
}
trait Named {
    const N: u8;
}
struct S {
    a: u32,
}
struct Q {
    b: u32,
}
enum Mode {
    Fast,
    Slow,
}
impl S {
    const N: u8 = 1;
}
impl Tr for S {
    const K: u32 = 5;
    fn get(&self) -> u32 {
        self.a + Self::K + Self::D
    }
}
impl Tr for Q {
    const K: u32 = 9;
    const D: u32 = Self::K * 2;
    const ON: bool = false;
    fn get(&self) -> u32 {
        self.b + Self::E
    }
}
impl Tr for Mode {
    const K: u32 = 12;
    fn get(&self) -> u32 {
        match self {
            Mode::Fast => Self::K,
            Mode::Slow => <Mode as Tr>::D,
        }
    }
}
impl Sized2 for S {
    const LEN: usize = 3;
}
impl Named for S {
    const N: u8 = 200;
}
impl Q {
    async fn wait_get(&self) -> u32 {
        yield_now().await;
        self.b * <Self as Tr>::K
    }
}

async fn classify(x: u32) -> u32 {
    let a = x + S::K + <S as Tr>::K + Q::D + S::D + S::E;
    yield_now().await;
    match x {
        S::K => 1,
        <Q as Tr>::K => 2,
        Mode::K if a > 2 => 3,
        _ => a + Q::E,
    }
}

async fn held(x: u32) -> u32 {
    let s = S { a: x };
    let m = if Q::ON { Mode::Fast } else { Mode::Slow };
    let on = S::ON;
    yield_now().await;
    let t = if S::TAG == 'x' { 1 } else { 0 };
    s.get() + m.get() + on as u32 + t
}

async fn lengths(i: usize) -> u32 {
    let arr: [u32; S::LEN] = [S::K; <S as Sized2>::LEN];
    yield_now().await;
    let b = [0u8; S::LEN * 2];
    arr[i] + b[i + 1] as u32
}

async fn via_method(x: u32) -> u32 {
    let q = Q { b: x };
    q.wait_get().await + q.get()
}

async fn shadowed(x: u8) -> u32 {
    let inherent = S::N;
    yield_now().await;
    (inherent + x) as u32 + <S as Named>::N as u32
}
