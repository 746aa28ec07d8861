// covers (ergo30): unreachable_patterns by usefulness: an arm or alternative only the union of
// several earlier rows covers (ranges, variants with literal payloads, tuple-struct fields, bools
// in a struct, a reference's patterns), a guarded earlier row covering nothing, an or-pattern whose
// alternatives die one by one, and rows that stay useful (a literal gap, a guard).
struct P(bool, bool);
struct S { a: u8, b: bool }
enum E { A(u8), B(bool), C }
fn ranges(q: u8) -> u32 {
    match q { 0..=99 => 1, 100..=199 => 2, 150..=160 => 3, 200.. => 4, 7 | 250 => 5 }
}
fn widths(q: i8) -> u32 {
    match q { ..=-1 => 1, 0 => 2, 1.. => 3, -5..=5 => 4, _ => 5 }
}
fn variants(e: E) -> u32 {
    match e {
        E::A(0..=127) => 1,
        E::A(128..) => 2,
        E::B(true) => 3,
        E::B(false) => 4,
        E::A(5) => 5,
        E::B(_) | E::C => 6,
    }
}
fn pairs(p: P) -> u32 {
    match p {
        P(true, _) => 1,
        P(false, true) => 2,
        P(_, false) => 3,
        P(false, _) => 4,
    }
}
fn fields(s: S) -> u32 {
    match s {
        S { a: 0, b: true } => 1,
        S { a: 0, b: false } => 2,
        S { a: 0, .. } => 3,
        S { a: 1..=255, .. } => 4,
    }
}
fn options(o: Option<Option<bool>>) -> u32 {
    match o {
        Some(Some(true)) => 1,
        Some(None) => 2,
        Some(Some(false)) => 3,
        None => 4,
        Some(_) => 5,
    }
}
fn guarded(o: Option<u8>, y: u8) -> u32 {
    match o {
        Some(0..=9) if y > 1 => 1,
        Some(10..) => 2,
        Some(0..=9) => 3,
        Some(3) => 4,
        None => 5,
    }
}
fn through_ref(o: &Option<bool>) -> u32 {
    match o {
        Some(true) => 1,
        Some(false) => 2,
        Some(_) => 3,
        None => 4,
    }
}
fn still_useful(q: u8, b: bool) -> u32 {
    let k = match q { 0..=9 => 1, 11..=20 => 2, 5..=15 => 3, _ => 4 };
    let m = match b { true => 1, false => 2 };
    k + m
}
fn sizes(s: usize, i: isize) -> u32 {
    let a = match s { 0..=usize::MAX => 1, 5.. => 2 };
    let b = match i { isize::MIN => 1, ..=-1 => 2, 0.. => 3, 5 => 4 };
    let c = match i { isize::MIN..=isize::MAX => 1, ..=-1 => 2, 1.. => 3 };
    let d = match s { 0 => 1, 1..=usize::MAX => 2, 7.. => 3, _ => 4 };
    a + b + c + d
}
fn nested(o: Option<u8>, p: P, e: E) -> u32 {
    let a = match o { Some(1 | 1) => 1, Some(2 | 3) => 2, Some(3 | 4) => 3, _ => 4 };
    let b = match o { Some(0) | Some(0 | 5) => 1, Some(6 | 6) | Some(6) => 2, None | Some(_) => 3 };
    let c = match p { P(true | false, true) => 1, P(_, true | false) => 2 };
    let d = match e { E::A(0 | 1) | E::B(true | true) => 1, E::A(2..) | E::A(1 | 0) => 2, _ => 3 };
    let f = match o { Some(7) => 1, Some(7 | 8) | None => 2, Some(0..=9 | 10..) => 3 };
    a + b + c + d + f
}
