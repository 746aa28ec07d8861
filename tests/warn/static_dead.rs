// consts35: dead_code of static items as of const items ("static `X` is never used"): one named only
// by a dead fn, one never named, one in a live body unnamed, `_`-prefixed ones never; a static named
// by a static's initializer is not supported, so none here
static A: u32 = 1;
static _C: u32 = 3;
static ONLY_DEAD: u32 = 4;
static NEVER: bool = true;
const BY_STATIC: u32 = 2;
static FROM_CONST: u32 = BY_STATIC + 1;

async fn live() -> u32 {
    static E: u32 = 5;
    static F: u32 = 6;
    let r = &A;
    yield_now().await;
    *r + E + FROM_CONST
}

fn dead() -> u32 {
    static G: u32 = 5;
    G + ONLY_DEAD
}
