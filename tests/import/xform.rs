// tests/import/xform.rs — what rustc's StateTransform does on real code that the corpus
// (tests/rust) does not show, for `coroslim import tests/import/xform_dump --format=json`
// (coroslim's transform of rustc's before-dump against rustc's after-dump).
// xform_dump/ is made by tests/import/regen.sh with the installed rustc (1.95.0).
pub struct Level(pub u8);
pub const TRACE: Level = Level(0);

pub fn log(_msg: &str, _l: Level) {}

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

fn double(x: u32) -> u32 {
    x * 2
}

// call arguments that are constants of no scalar type: a string literal, a named
// const, a fn item (`double` is printed as its bare path)
pub async fn consts(x: Option<u32>) -> Option<u32> {
    log("start", TRACE);
    let y = leaf(1).await;
    x.map(double).map(|v| v + y)
}

// a reference saved across the await and dereferenced after it: rustc's
// deref_finder gives the deref its own temporary
pub async fn saved_ref(v: &u32) -> u32 {
    let r = &v;
    let a = leaf(1).await;
    **r + a
}

pub const ONE: u32 = 1;

// an assert message operand that is a named constant (overflow check, debug build)
pub async fn named_const(x: u32) -> u32 {
    let y = leaf(x).await;
    y + ONE
}
