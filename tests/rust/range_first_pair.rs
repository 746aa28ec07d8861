// covers: literal and range arms whose first candidate has more pairs after the one tested (a struct's
// two fields, an Option's payload): the test's kind and bounds are those of the first candidate's first pair
// before it is entailed (match30: the builder read the first candidate's pair again after entailing it and
// took its next pair, the other field's, as the test: `S { a: 39..=40, b: 0 }` then `S { a: 52, .. }`
// matched a = 1 in the second arm); long runs of range tests under one place (more than 32 candidates: the
// range index of frontend/build_nested.c), disjoint ranges in shuffled order, identical ranges under a
// guard (the test's success branch), ranges overlapping a later one and literals inside an earlier range
// (the test ends there), a struct field's ranges after its other field's test
struct S { a: u16, b: u8 }
//@ args: first_range 1,0
//@ args: first_range 39,0
//@ args: first_range 40,1
//@ args: first_range 52,0
//@ args: first_range 52,7
//@ args: first_range 60,3
//@ args: first_range 1,3
//@ args: first_range 45,3
async fn first_range(a: u16, b: u8) -> u32 {
    let s = S { a, b };
    yield_now().await;
    match s {
        S { a: 39..=40, b: 0 } => 13,
        S { a: 52..=52, b: _ } => 15,
        S { a: 60, b: 3 } => 16,
        _ => 1000,
    }
}
//@ args: first_literal 5,0
//@ args: first_literal 5,9
//@ args: first_literal 6,0
//@ args: first_literal 7,4
//@ args: first_literal 8,4
//@ args: first_literal 2,2
async fn first_literal(a: u16, b: u8) -> u32 {
    let s = S { a, b };
    yield_now().await;
    match s {
        S { a: 5, b: 0..=3 } => 1,
        S { a: 7..=9, b: _ } => 2,
        S { a: 6, b: _ } => 3,
        S { a: 0..=4, b: 2 } => 4,
        _ => 5,
    }
}
//@ args: first_some 1,0
//@ args: first_some 3,1
//@ args: first_some 4,9
//@ args: first_some 10,0
async fn first_some(a: u8, n: u8) -> u32 {
    let o = if n > 5 { None } else { Some(S { a: a as u16, b: n }) };
    yield_now().await;
    match o {
        Some(S { a: 3..=4, b: 1 }) => 1,
        Some(S { a: 10, b: _ }) => 2,
        Some(S { a: 0..=2, b: 0 }) => 3,
        None => 4,
        _ => 5,
    }
}
//@ args: shuffled 1
//@ args: shuffled 30
//@ args: shuffled 57
//@ args: shuffled 90
//@ args: shuffled 121
//@ args: shuffled 122
//@ args: shuffled 200
//@ args: shuffled 236
//@ args: shuffled 238
//@ args: shuffled 239
//@ args: shuffled 250
async fn shuffled(a: u8) -> u32 {
    yield_now().await;
    match a {
        215..=217 => 0,
        230..=232 => 1,
        235..=237 => 2,
        110..=112 => 3,
        30..=32 => 4,
        70..=72 => 5,
        115..=117 => 6,
        105..=107 => 7,
        160..=162 => 8,
        190..=192 => 9,
        135..=137 => 10,
        20..=22 => 11,
        50..=52 => 12,
        155..=157 => 13,
        45..=47 => 14,
        210..=212 => 15,
        180..=182 => 16,
        35..=37 => 17,
        165..=167 => 18,
        185..=187 => 19,
        150..=152 => 20,
        85..=87 => 21,
        55..=57 => 22,
        100..=102 => 23,
        60..=62 => 24,
        200..=202 => 25,
        95..=97 => 26,
        140..=142 => 27,
        130..=132 => 28,
        175..=177 => 29,
        10..=12 => 30,
        220..=222 => 31,
        75..=77 => 32,
        0..=2 => 33,
        145..=147 => 34,
        25..=27 => 35,
        40..=42 => 36,
        120..=122 => 37,
        125..=127 => 38,
        15..=17 => 39,
        80..=82 => 40,
        65..=67 => 41,
        205..=207 => 42,
        225..=227 => 43,
        5..=7 => 44,
        195..=197 => 45,
        90..=92 => 46,
        170..=172 => 47,
        _ => 1000,
    }
}
//@ args: dup 0,false
//@ args: dup 24,true
//@ args: dup 24,false
//@ args: dup 25,true
//@ args: dup 25,false
//@ args: dup 27,false
//@ args: dup 37,false
//@ args: dup 78,true
//@ args: dup 78,false
//@ args: dup 100,false
//@ args: dup 198,false
//@ args: dup 190,false
//@ args: dup 194,false
//@ args: dup 233,false
//@ args: dup 60,false
//@ args: dup 61,false
async fn dup(a: u8, g: bool) -> u32 {
    yield_now().await;
    match a {
        0..4 => 0,
        6..10 => 1,
        12..16 => 2,
        18..22 => 3,
        24..=27 if g => 4,
        24..=27 => 5,
        30..34 => 6,
        36..40 => 7,
        37 => 8,
        48..52 => 9,
        54..58 => 10,
        60..64 => 11,
        66..70 => 12,
        72..76 => 13,
        78..=81 if g => 14,
        78..=81 => 15,
        84..88 => 16,
        90..94 => 17,
        96..100 => 18,
        102..106 => 19,
        103 => 20,
        114..118 => 21,
        120..124 => 22,
        126..130 => 23,
        132..=135 if g => 24,
        132..=135 => 25,
        138..142 => 26,
        144..148 => 27,
        150..154 => 28,
        156..160 => 29,
        162..166 => 30,
        168..172 => 31,
        169 => 32,
        180..184 => 33,
        186..=189 if g => 34,
        186..=189 => 35,
        192..196 => 36,
        188..=199 => 37,
        204..208 => 38,
        210..214 => 39,
        216..220 => 40,
        222..226 => 41,
        228..232 => 42,
        234..238 => 43,
        _ => 1000,
    }
}
//@ args: fields 3,1
//@ args: fields 40,1
//@ args: fields 41,9
//@ args: fields 150,2
//@ args: fields 77,0
async fn fields(a: u16, b: u8) -> u32 {
    let s = S { a, b };
    yield_now().await;
    match s {
        S { a: _, b: 0..=1 } => 0,
        S { a: 4..=5, b: _ } => 1,
        S { a: 8..=9, b: _ } => 2,
        S { a: 12..=13, b: _ } => 3,
        S { a: 16..=17, b: _ } => 4,
        S { a: _, b: 2..=3 } => 5,
        S { a: 24..=25, b: _ } => 6,
        S { a: 28..=29, b: _ } => 7,
        S { a: 32..=33, b: _ } => 8,
        S { a: 36..=37, b: _ } => 9,
        S { a: _, b: 1..=2 } => 10,
        S { a: 44..=45, b: _ } => 11,
        S { a: 48..=49, b: _ } => 12,
        S { a: 52..=53, b: _ } => 13,
        S { a: 56..=57, b: _ } => 14,
        S { a: _, b: 0..=1 } => 15,
        S { a: 64..=65, b: _ } => 16,
        S { a: 68..=69, b: _ } => 17,
        S { a: 72..=73, b: _ } => 18,
        S { a: 76..=77, b: _ } => 19,
        S { a: _, b: 2..=3 } => 20,
        S { a: 84..=85, b: _ } => 21,
        S { a: 88..=89, b: _ } => 22,
        S { a: 92..=93, b: _ } => 23,
        S { a: 96..=97, b: _ } => 24,
        S { a: _, b: 1..=2 } => 25,
        S { a: 104..=105, b: _ } => 26,
        S { a: 108..=109, b: _ } => 27,
        S { a: 112..=113, b: _ } => 28,
        S { a: 116..=117, b: _ } => 29,
        S { a: _, b: 0..=1 } => 30,
        S { a: 124..=125, b: _ } => 31,
        S { a: 128..=129, b: _ } => 32,
        S { a: 132..=133, b: _ } => 33,
        S { a: 136..=137, b: _ } => 34,
        S { a: _, b: 2..=3 } => 35,
        _ => 1000,
    }
}
