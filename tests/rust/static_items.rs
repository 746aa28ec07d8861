// covers: static items (consts35): top-level and in bodies (scoped to their block, as const items),
// read in sync fns, async fns and async blocks (a read is rustc's `const {allocN: &T}` into a
// temporary, then a copy through it), across awaits, `&S` held across an await (a `&'static T`
// saved local) and passed to fns, in conditions and match scrutinees, made of const items
//@ args: sum 3
//@ args: held 4
//@ args: held 0
//@ args: passed 2
//@ args: in_block 5
//@ args: cond 1
//@ args: cond 9
//@ args: shadowed 1
const K: u32 = 6;
static A: u32 = 5;
static B: u32 = K * 2 + 1;
static NEG: i8 = -3;
static ON: bool = true;
static LETTER: char = 'q';
static WIDE: u64 = 1 << 40;
static IDX: usize = 2;

fn take(r: &u32) -> u32 {
    *r + 1
}

fn read_all(x: u32) -> u32 {
    static LOCAL: u8 = 9;
    x + A + LOCAL as u32 + B
}

async fn sum(x: u32) -> u32 {
    let a = A + x;
    yield_now().await;
    let b = a + B + read_all(x);
    yield_now().await;
    b + (WIDE >> 38) as u32
}

async fn held(x: u32) -> u32 {
    let r = &A;
    yield_now().await;
    let q = &B;
    if x > 2 {
        yield_now().await;
    }
    *r + *q + x
}

async fn passed(x: u32) -> u32 {
    let t = take(&B);
    yield_now().await;
    let r = &A;
    yield_now().await;
    take(r) + t + x
}

async fn in_block(x: u32) -> u32 {
    static STEP: u32 = 3;
    let c = async {
        static INNER: u32 = 2;
        yield_now().await;
        STEP + INNER + A
    }
    .await;
    x + c + STEP
}

async fn cond(x: u32) -> u32 {
    let arr = [10, 20, 30];
    yield_now().await;
    let v = if ON && x > 2 { arr[IDX] } else { arr[0] };
    let w = match LETTER {
        'q' => 1,
        _ => 2,
    };
    let n = match NEG {
        -3 => 7,
        _ => 0,
    };
    v + w + n + x
}

async fn shadowed(x: u32) -> u32 {
    static S: u32 = 1;
    let a = {
        static S: u32 = 100;
        yield_now().await;
        S + x
    };
    a + S
}
