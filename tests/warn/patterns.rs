// covers: unreachable_patterns (a repeated literal, one alternative or every alternative of an
// or-pattern, a literal inside an earlier range, arms after a catch-all, a guarded arm does not
// cover) and irrefutable_let_patterns (`if let` / `while let` of a binding, `true | false`, a
// full range, a struct pattern).
struct P { a: u32, b: bool }
enum One { A(u32) }
fn lits(q: u32) -> u32 {
    match q { 1 | 2 => 1, 2 | 3 => 2, 3 | 1 => 3, _ => 4 }
}
fn ranges(q: u8) -> u32 {
    match q { 0..=9 => 1, 7 => 2, 10.. => 3, 200 => 4 }
}
fn catch_all(o: Option<u32>) -> u32 {
    match o { Some(k) if k > 2 => k, Some(_) => 1, None => 0, Some(3) => 3 }
}
fn bools(b: bool) -> u32 {
    match b { true => 1, false => 2, true => 3 }
}
fn irrefutable(b: bool, x: u8, p: P, e: One) -> u32 {
    let mut n = 0;
    if let true | false = b { n += 1; }
    if let 0..=255 = x { n += 1; }
    if let P { a, .. } = p { n += a; }
    if let One::A(k) = e { n += k; }
    while let w = n { observe(w); break; }
    n
}
