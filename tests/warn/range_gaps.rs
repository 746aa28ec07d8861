// covers: non_contiguous_range_endpoints (rustc_pattern_analysis usefulness.rs collect_non_contiguous_range_endpoints,
// rustc.rs lint_non_contiguous_range_endpoints): an exclusive range `lo..gap` whose gap is a missing singleton
// of its column, with a range or literal starting at gap + 1 ("multiple ranges are one apart") or at the type's
// MAX ("exclusive range missing `u8::MAX`"); quiet for inclusive ranges, two singletons, a gap another
// range covers, usize's MAX; under a struct field and in or-patterns, in the order usefulness meets them
fn g1(x: u8) -> u32 {
    match x {
        20..30 => 1,
        31..=40 => 2,
        _ => 3,
    }
}
fn g2(x: u8) -> u32 {
    match x {
        20..30 => 1,
        31 => 2,
        _ => 3,
    }
}
fn g3(x: u8) -> u32 {
    match x {
        31..=40 => 1,
        20..30 => 2,
        _ => 3,
    }
}
fn g4(x: u8) -> u32 {
    match x {
        20..30 => 1,
        29..=40 => 2,
        _ => 3,
    }
}
fn g5(x: u8) -> u32 {
    match x {
        30 => 1,
        32 => 2,
        20..=29 => 3,
        33..=40 => 4,
        _ => 5,
    }
}
fn g6(x: u8) -> u32 {
    match x {
        0..255 => 1,
        _ => 2,
    }
}
fn g7(x: usize) -> u32 {
    match x {
        0..usize::MAX => 1,
        _ => 2,
    }
}
fn g8(x: u8) -> u32 {
    match x {
        0..10 => 1,
        11..20 => 2,
        10 => 3,
        _ => 4,
    }
}
fn g9(x: u8) -> u32 {
    match x {
        0..10 => 1,
        11..20 => 2,
        11..30 => 3,
        _ => 4,
    }
}
fn g10(x: u8) -> u32 {
    match x {
        0..10 => 1,
        11..20 => 2,
        21..30 => 3,
        _ => 4,
    }
}
struct P { a: i8, b: bool }
fn g11(x: i8, y: bool) -> u32 {
    match (P { a: x, b: y }) {
        P { a: -10..0, b: true } => 1,
        P { a: 1..=5, b: true } => 2,
        P { a: 0..127, b: false } => 3,
        _ => 4,
    }
}
fn g12(x: u16) -> u32 {
    match x {
        ..10 => 1,
        11.. => 2,
        _ => 3,
    }
}
fn g13(x: char) -> u32 {
    match x {
        'a'..'m' => 1,
        'n'..='z' => 2,
        _ => 3,
    }
}
fn g14(x: Option<u8>) -> u32 {
    match x {
        Some(0..9) | Some(10..=20) => 1,
        Some(0..5) => 2,
        _ => 3,
    }
}
async fn run(x: u8) -> u32 {
    g1(x) + g2(x) + g3(x) + g4(x) + g5(x) + g6(x) + g7(x as usize) + g8(x) + g9(x) + g10(x)
        + g11(x as i8, true) + g12(x as u16) + g13('b') + g14(Some(x))
}
