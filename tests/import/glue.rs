// tests/import/glue.rs — drop glue that only rustc's own drops show (issue 24 item 2): types
// without glue that are not Copy (the MIR never copies them), for `coroslim import
// tests/import/glue_dump --format=json`. glue_dump/ is made by tests/import/regen.sh (rustc 1.95.0).
pub mod m {
    // no drop glue, not Copy
    pub struct Perm {
        pub mode: u32,
    }
    pub struct Info<'a> {
        pub r: &'a u32,
    }
    // drop glue
    pub struct Guard(pub Vec<u8>);
}
use m::{Guard, Info, Perm};

fn touch() {}
pub async fn leaf() {}
async fn make() -> Guard {
    Guard(Vec::new())
}
fn consume(_g: Guard) {}
fn take_info(_i: Info<'_>) {}

// fires: `p` is alive until its StorageDead with no drop before it, on the
// return path and on the unwind path of touch(): Perm has no glue, so rustc
// drops no upvar of it
pub async fn own_evidence(p: Perm) -> u32 {
    touch();
    leaf().await;
    p.mode
}

// fires with the other bodies' evidence only: `i` is moved out at once (this
// body shows nothing), shows_info's `i` is kept to its end
pub async fn cross_body(i: Info<'_>, p: Perm) -> u32 {
    take_info(i);
    leaf().await;
    p.mode
}

pub async fn shows_info(i: Info<'_>) -> u32 {
    touch();
    leaf().await;
    *i.r
}

// must not fire: `g` is written by the await before its awaitee is dropped,
// whose unwind edge reaches g's StorageDead without a drop (the binding's
// drop is scheduled after its initialiser's scopes); Guard has glue. (`p`
// keeps the body's `drop(_1)`, whose elaboration drops the upvars with glue.)
pub async fn gap(keep: Guard, p: Perm) -> usize {
    let g = make().await;
    touch();
    leaf().await;
    g.0.len() + keep.0.len() + p.mode as usize
}

// must not fire: `o` is known to be None on one arm, where precise enum drop
// elaboration drops nothing; Option<Guard> has glue
pub async fn variant(keep: Option<Guard>, o: Option<Guard>, p: Perm) -> usize {
    match o {
        Some(g) => consume(g),
        None => {}
    }
    leaf().await;
    match keep {
        Some(g) => g.0.len() + p.mode as usize,
        None => 0,
    }
}

// must not fire: `g` is moved out on one branch only, so rustc drops it
// through a drop flag, `switchInt(flag) -> [0: after, otherwise: drop]`,
// whose 0 edge reaches g's StorageDead without a drop; Guard has glue
pub async fn flagged(c: bool, p: Perm) -> u32 {
    let g = Guard(Vec::new());
    if c {
        consume(g);
    }
    leaf().await;
    p.mode
}
