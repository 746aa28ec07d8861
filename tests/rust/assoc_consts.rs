// covers: associated consts of inherent impls at the top level (consts35): `S::N`, `Self::N` (in a
// method and in another associated const's initializer), an enum's, held across awaits, in array
// lengths and repeat counts, as match patterns (the value), in an async method; rustc's MIR names
// every use `const S::N`
//@ args: classify 3
//@ args: classify 6
//@ args: classify 8
//@ args: held 5
//@ args: lengths 1
//@ args: via_method 2
struct S {
    a: u32,
}
enum Mode {
    Fast,
    Slow,
}
impl S {
    const N: u32 = 3;
    const M: u32 = Self::N * 2;
    const LEN: usize = 2;
    fn get(&self) -> u32 {
        self.a + Self::N
    }
    async fn wait_get(&self) -> u32 {
        yield_now().await;
        self.a * Self::M
    }
}
impl Mode {
    const DEFAULT_FAST: bool = true;
    const LIMIT: u8 = 200;
    fn cost(&self) -> u32 {
        match self {
            Mode::Fast => 1,
            Mode::Slow => Self::LIMIT as u32,
        }
    }
}

async fn classify(x: u32) -> u32 {
    let a = x + S::N;
    yield_now().await;
    match x {
        S::N => 1,
        S::M if a > 2 => 2,
        _ => a + S::M,
    }
}

async fn held(x: u32) -> u32 {
    let s = S { a: x };
    let m = if Mode::DEFAULT_FAST { Mode::Fast } else { Mode::Slow };
    yield_now().await;
    s.get() + m.cost() + Mode::LIMIT as u32
}

async fn lengths(i: usize) -> u32 {
    let arr: [u32; S::LEN] = [S::M; S::LEN];
    yield_now().await;
    let b = [0u8; S::LEN * 2];
    arr[i] + b[i + 1] as u32
}

async fn via_method(x: u32) -> u32 {
    let s = S { a: x };
    s.wait_get().await + S::N
}
