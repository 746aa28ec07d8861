// covers: explicit discriminants (issue 22 item 4) on unit-only enums (rustc requires a repr for
// them on enums with fields, E0732): values after an explicit one continue from it, negative values
// (a signed tag: the switch names isize bits), a value needing a u16 tag, the tag's valid range
// min..=max as the niche of Option (None takes the value below the range, or above it) and of Poll,
// `discriminant(x)` giving the value (the switch targets in variant order, not value order), matched
// with `_`, with or-patterns, by if let and while let, across awaits and captured by async blocks;
// `as` casts of such enums and of a one-variant unit enum with a value (rustc's as_rvalue: the
// operand moved into a temp, its discriminant cast), to unsigned, signed, narrower and wider
// integers, in sync fns and inside async blocks (a cast consumes the enum: captured by value).
enum Code { Low = 1, High = 5 }
enum Neg { M = -2, Z, P = 7 }
enum Wide { A = 300, B = 2, C }
enum Gap { X = 3, Y = 0, Z }
enum Top { Hi = 255, Lo = 250 }
enum Five { F = 5 }
fn code_value(c: Code) -> u64 { c as u64 }
fn code(n: u32) -> Code { if n == 0 { Code::Low } else { Code::High } }
//@ args: codes 0
//@ args: codes 1
async fn codes(n: u32) -> u32 {
    let c = code(n);
    yield_now().await;
    match c { Code::Low => 10, Code::High => 20 }
}
//@ args: negs 0
//@ args: negs 1
//@ args: negs 2
async fn negs(n: u32) -> u32 {
    let c = if n == 0 { Neg::M } else if n == 1 { Neg::Z } else { Neg::P };
    yield_now().await;
    match c { Neg::P => 3, Neg::M => 1, Neg::Z => 2 }
}
//@ args: wide 0
//@ args: wide 1
async fn wide(n: u32) -> u32 {
    let w = if n == 0 { Wide::A } else { Wide::C };
    yield_now().await;
    match w { Wide::B | Wide::C => 4, _ => 5 }
}
//@ args: gaps 2
async fn gaps(n: u32) -> u32 {
    let g = if n > 1 { Gap::Z } else { Gap::X };
    let o = Some(Gap::Y);
    let t = if n > 1 { Some(Top::Lo) } else { None };
    yield_now().await;
    let a = match o { Some(Gap::Y) => 1, Some(_) => 2, None => 3 };
    let b = match t { Some(Top::Hi) => 10, Some(Top::Lo) => 20, None => 30 };
    match g { Gap::X => a + b, Gap::Y => 0, Gap::Z => a + b + 100 }
}
async fn pick(n: u32) -> Code {
    yield_now().await;
    code(n)
}
//@ args: polled 0
//@ args: polled 3
async fn polled(n: u32) -> u32 {
    let c = pick(n).await;
    if let Code::High = c { 7 } else { 8 }
}
//@ args: looped 3
async fn looped(n: u32) -> u32 {
    let mut c = Neg::M;
    let mut k = 0;
    while let Neg::M = c {
        yield_now().await;
        k += 1;
        if k >= n { c = Neg::P; }
    }
    k
}
//@ args: captured 1
async fn captured(n: u32) -> u32 {
    let w = if n == 1 { Wide::B } else { Wide::A };
    let fut = async { yield_now().await; match w { Wide::A => 1, Wide::B => 2, Wide::C => 3 } };
    let moved = async move { match code(n) { Code::High => 30, Code::Low => 40 } };
    fut.await + moved.await
}
//@ args: casts 0
//@ args: casts 1
async fn casts(n: u32) -> u32 {
    let c = code(n);
    let m = if n == 0 { Neg::M } else { Neg::P };
    let w = Wide::A;
    yield_now().await;
    let a = c as u32;
    let b = m as i8;
    let k = w as u8;
    let five = Five::F;
    let f = five as u32;
    a + (b as i32 + 10) as u32 + k as u32 + f + code_value(code(1)) as u32
}
//@ args: cast_captured 2
async fn cast_captured(n: u32) -> u32 {
    let g = if n > 1 { Gap::Z } else { Gap::Y };
    let t = Top::Hi;
    let fut = async { yield_now().await; g as u32 + 1 };
    let moved = async move { t as i64 };
    fut.await + moved.await as u32
}
