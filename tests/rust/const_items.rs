// covers: const items (const33): top-level and in bodies (scoped to their block), used in values
// (`const N` in the MIR, unevaluated), array lengths and repeat counts (evaluated), patterns (a switch
// on the value), held across an await, in an async block, consts made of other consts
//@ args: classify 4
//@ args: classify 9
//@ args: classify 2
//@ args: classify 30
//@ args: held 5
//@ args: in_block 7
//@ args: lengths 2
//@ args: flags 1
const N: u32 = 4;
const M: u32 = N * 2 + 1;
const NEG: i8 = -3;
const ON: bool = N > 2;
const LEN: usize = 3;
const LETTER: char = 'x';

async fn classify(x: u32) -> u32 {
    const K: u32 = 3;
    let a = x + K;
    yield_now().await;
    match x {
        N => 1,
        M if a > 2 => 2,
        0..=K => 7,
        K..=20 if a < K => 8,
        _ => a + N,
    }
}

async fn held(x: u32) -> u32 {
    let c = N + x;
    yield_now().await;
    let d = c + M;
    yield_now().await;
    if ON { d + (-NEG) as u32 } else { d }
}

async fn in_block(x: u32) -> u32 {
    const Q: u32 = 10;
    let c = async {
        const R: u32 = 1;
        yield_now().await;
        R + Q
    }
    .await;
    x + Q + N + c
}

async fn lengths(i: usize) -> u32 {
    let arr: [u32; LEN] = [N; LEN];
    const TWICE: usize = LEN * 2;
    let b = [M; TWICE];
    yield_now().await;
    arr[i] + b[i + 3]
}

async fn flags(c: u32) -> u32 {
    const MASK: u8 = 0xF0 | 0x0C;
    const SHIFT: u32 = 1 << 4;
    let l = LETTER;
    yield_now().await;
    let v = match l { LETTER => SHIFT, _ => 0 };
    v + c + MASK as u32
}
