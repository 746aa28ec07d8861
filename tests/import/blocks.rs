// tests/import/blocks.rs — async blocks awaited by their parent (issue 24 items 4-5): rustc builds the
// block's future in the parent's body as `{coroutine@SPAN} { NAME: op, .. }`; with the block's body in
// the module (blocks_dump/, written by bench/real/link.py --link-dumps: each parent followed by the
// bodies it awaits) the importer builds that coroutine from its upvars (frontend/import_future.c), so
// `coroslim check` runs the parent with the block's body instead of stopping at an opaque statement.
// blocks_dump/ is made by tests/import/regen.sh with the installed rustc (1.95.0).
pub fn log(_msg: &str, _n: u32) {}

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

// the block awaits an async fn; the parent's postamble is pure: form B on both
pub async fn parent(x: u32, y: u32) -> u32 {
    let v = async move { leaf(x).await + y }.await;
    v * 2
}

// a block capturing a value with drop glue (moved into it) and a reference
pub async fn owner(s: String, k: &u32) -> usize {
    let n = async move {
        log("in", *k);
        s.len()
    }
    .await;
    log("out", 1);
    n
}

// two blocks, awaited in turn, capturing nothing
pub async fn two() -> u32 {
    let a = async { 3 }.await;
    let b = async { leaf(4).await }.await;
    a + b
}

// `a = { b += 1; b }`: both captured by `&mut`, a first (the assigned place), while rustc prints the
// aggregate as `{ b: .., a: .. }` (upvars_mentioned: the right side first): the operands are the upvars
// in order, the names are not theirs (placed by name, a and b swap: `swapped(1)` is 1111, not 202)
pub async fn swapped(x: u32) -> u32 {
    let mut a = x;
    let mut b = x * 10;
    async { a = { b += 1; b }; }.await;
    a + b * 100
}
