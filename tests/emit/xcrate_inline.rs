// covers: `#[linkage = "internal"]` (a local copy, as rustc makes it) on the sync fns rustc infers cross-crate inlinable and the emitted crate would not,
// because their asserts are panic calls there (debug: overflow checks on): `plus_one` (one overflow
// assert) and `halve` (a signed division's two asserts) get it; `plain` (no assert: inferred in both
// crates alike), `calls` (a call: inferred in neither), `holds` (drops a Guard) and `long` (40 checked
// additions: over rustc's 100 statements) do not
struct P { a: u32 }
fn plus_one(p: &P) -> u32 { p.a + 1 }
fn halve(a: i32, b: i32) -> i32 { a / b }
fn plain(a: u32) -> u32 { a & 3 }
fn calls(a: u32) -> u32 { let p = P { a: a }; plus_one(&p) & 7 }
fn holds(a: u32) -> u32 { let g = guard(a); a & 1 }
fn long(a: u32) -> u32 { a + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 }
async fn user(a: u32, b: i32) -> u32 {
    let p = P { a: a };
    let x = plus_one(&p);
    yield_now().await;
    let y = halve(b, 3) as u32;
    x + y + plain(a) + calls(a) + holds(a) + long(a)
}
