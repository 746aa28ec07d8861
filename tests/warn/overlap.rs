// covers: overlapping_range_endpoints (warn35: rustc_pattern_analysis's collect_overlapping_range_endpoints
// re-run with rows' relevancy and intersections, sema_exhaust.c exhaust_overlaps): a range ending where a
// later one starts (`0..=5`, `5..=9`; `0..5` ends at 4), in a variant's field, a struct's, chars, signed
// negative bounds, a guarded arm, or-pattern alternatives; none for a singleton (`5`, `5..=5`), nor under
// a constructor whose wildcard rows are irrelevant; reported before the match's unreachable patterns
struct S { a: u16, b: u8 }
fn plain(x: u32) -> u32 {
    match x { 0..=5 => 1, 5..=9 => 2, 9 => 3, 9..=12 => 4, _ => 0 }
}
fn excl(x: u8) -> u8 {
    match x { 0..5 => 1, 4..=9 => 2, 10..=10 => 3, 10..=20 => 4, _ => 0 }
}
fn opt(o: Option<i8>, c: bool) -> i8 {
    match o { Some(-10..=-5) => 1, Some(-5..=0) if c => 2, Some(0..=3 | 3..=7) => 3, Some(_) => 4, None => 5 }
}
fn chars(c: char) -> u8 {
    match c { 'a'..='f' => 1, 'f'..='k' => 2, 'k' => 3, _ => 0 }
}
fn fields(s: S) -> u32 {
    match s {
        S { a: _, b: 0..=1 } => 0,
        S { a: 4..=5, b: _ } => 1,
        S { a: _, b: 1..=2 } => 2,
        S { a: 5..=9, b: 2..=3 } => 3,
        S { a: _, b: 2..=3 } => 4,
        S { a: _, b: 2..=3 } => 5,
        _ => 6,
    }
}
fn main() {
    let _ = plain(1) + excl(1) as u32 + opt(None, true) as u32 + chars('a') as u32 + fields(S { a: 1, b: 2 });
}
