// covers: const items of struct, enum, Option and array type (const39): a use is the unevaluated
// `const P` of the item's type (a fresh value each), field reads and indexing through a temporary,
// a match on a const's variant, uses held across awaits, consts in bodies and async blocks, a
// non-Copy struct moved out of a const twice, leaves that are other (scalar) consts, `&P` (rustc's
// promoted, held across an await and passed to a fn)
//@ args: fields 3
//@ args: indexed 2
//@ args: modes 1
//@ args: modes 7
//@ args: held 5
//@ args: in_block 4
//@ args: moved 2
//@ args: options 6
//@ args: borrowed 1
#[derive(Clone, Copy)]
struct Pt {
    x: u32,
    y: u32,
}
struct Cfg {
    rate: u8,
    limit: u64,
    on: bool,
}
struct Delta(i8, char);
#[derive(Clone, Copy)]
enum Mode {
    Slow,
    Fast(u32),
}
const BASE: u32 = 10;
const ORIGIN: Pt = Pt { x: 1, y: BASE };
const TABLE: [u8; 4] = [3, 1, 4, 1];
const ZEROS: [u16; 3] = [0; 3];
const FAST: Mode = Mode::Fast(7);
const SLOW: Mode = Mode::Slow;
const LIMIT: Option<u32> = Some(3);
const NOTHING: Option<u32> = None;
const DEFAULT: Cfg = Cfg { on: true, rate: 2, limit: 1000 };

async fn fields(k: u32) -> u32 {
    let p = ORIGIN;
    yield_now().await;
    p.x + ORIGIN.y + k
}
async fn indexed(i: usize) -> u32 {
    let t = TABLE;
    yield_now().await;
    t[i] as u32 + TABLE[3] as u32 + ZEROS[i] as u32
}
async fn modes(k: u32) -> u32 {
    let m = if k > 3 { FAST } else { SLOW };
    yield_now().await;
    let a = match m {
        Mode::Slow => 1,
        Mode::Fast(v) => v,
    };
    let b = match FAST {
        Mode::Fast(v) => v + k,
        Mode::Slow => 0,
    };
    a + b
}
async fn held(k: u32) -> u32 {
    let c = DEFAULT;
    let p = ORIGIN;
    yield_now().await;
    if c.on { c.rate as u32 + p.y + k } else { c.limit as u32 }
}
async fn in_block(k: u32) -> u32 {
    const CORNER: Pt = Pt { x: 4, y: 5 };
    const SHIFT: Delta = Delta(-3, 'z');
    let v = async {
        const INNER: [u32; 2] = [BASE, 20];
        yield_now().await;
        INNER[1] + CORNER.x
    }
    .await;
    v + k + CORNER.y + (SHIFT.0 + 3) as u32 + (SHIFT.1 == 'z') as u32
}
async fn moved(k: u32) -> u32 {
    let a = DEFAULT;
    let b = DEFAULT;
    yield_now().await;
    a.rate as u32 + b.limit as u32 + k
}
async fn options(k: u32) -> u32 {
    let o = LIMIT;
    yield_now().await;
    let a = match o {
        Some(v) => v,
        None => 0,
    };
    let b = match NOTHING {
        Some(v) => v,
        None => k,
    };
    a + b
}
fn sum(p: &Pt) -> u32 {
    p.x + p.y
}
async fn borrowed(k: u32) -> u32 {
    let r = &ORIGIN;
    let t = &TABLE;
    yield_now().await;
    sum(r) + (*t)[2] as u32 + k + sum(&ORIGIN) + (&DEFAULT).rate as u32
}
