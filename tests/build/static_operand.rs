// consts35: a static's read is rustc's StaticRef: `_k = const {allocN: &T}` into a temporary (of the
// expression's temporary scope: a statement's, the body's for a tail, the block's for `let r = &S;`),
// then `copy (*_k)`; the statics printed as items first (N: the N-th static, `S#1` a second of a path)
static LIMIT: u32 = 40;
static NEG: i8 = -2;

fn f(x: u32) -> u32 {
    static STEP: u8 = 3;
    let r = &LIMIT;
    let n = -NEG;
    x + *r + STEP as u32 + n as u32
}

async fn tick(x: u32) -> u32 {
    static TICK: u32 = 1;
    let r = &TICK;
    yield_now().await;
    {
        static TICK: u32 = 2;
        x + TICK + *r + LIMIT
    }
}
