// covers: rustc's early lint pass on the syntax (warn35, sema_warn_early.c): unused_parens in every
// context rustc checks (`if` / `while` conditions, `match` scrutinee and arm values, `let` scrutinees,
// `return` values, assigned values, call and method arguments, index expressions, a block's value),
// unused_braces (`{ v }` as an argument, an assigned value, a block's value; not a `let`'s), and
// double_negations; parentheses rustc needs kept quiet (`({ 0 } + 1)`, a struct literal in a condition,
// `return (x = 1)`); the order of rustc's walk: a node's lints before its children's, a match's arms
// before its scrutinee, a call's parentheses before its braces, an `if let`'s block checked at the `if`
struct P { a: u32 }
impl P {
    fn get(&self, k: u32) -> u32 { self.a + k }
}
fn two(x: u32, y: u32) -> u32 { x + y }
fn conds(o: Option<u32>, c: bool, x: u32) -> u32 {
    if let Some(y) = (o) { (y) } else if (c) { 1 } else { (2) }
}
fn values(a: [u32; 3], i: usize) -> u32 {
    let mut v = (a[(i)]);
    v = (v + 1);
    v += (1);
    let w = { v };
    while (v > 10) { v -= 1; }
    while let Some(z) = (Some(v)) { if z > 0 { break; } }
    let r = match (v) { 0 => (1), _ => { 2 } };
    if (two((v), 1) > 0) { return (w); }
    v = { r };
    let p = P { a: 1 };
    let q = p.get((r)) + two({ v }, (r));
    if (P { a: q }.a == 1) { return 0; }
    let keep = ({ 0 } + 1) + (if c2() { 1 } else { 2 } + 1);
    { v + keep }
}
fn c2() -> bool { true }
fn negs(x: i32) -> i32 {
    let s = - -x;
    let t = ---x;
    let u = -(-x);
    s + t + u
}
fn then_first(o: Option<u32>) -> u32 {
    if let Some(v) = o { two((v), 1); let k = (v + 1); two((k), 2) } else { 0 }
}
async fn in_async(n: u32) -> u32 {
    yield_now().await;
    let m = (n * 2);
    if (m > 3) { m } else { (n) }
}
fn main() {
    let _ = conds(None, true, 1) + values([1, 2, 3], 0) + negs(1) as u32 + then_first(Some(1));
}
