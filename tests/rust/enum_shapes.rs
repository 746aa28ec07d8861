// covers: enum layouts (rustc's tagged layout: the tag widened to the variants' first field alignment,
// u8/u16/u32/u64 tags, unit-only enums, ZST and struct payloads), enums as parameters, enums captured by
// `async move` blocks, an enum temporary as scrutinee (the by-reference capture: tests/build/enum_capture.rs)
struct Unit;
struct Pair { a: u16, b: u8 }
enum Flag { Off, On }
enum Wide { A(u64), B { lo: u32, hi: u32 } }
enum Mixed { A(u8, u32), B(u16), C }
enum Zst { A(Unit), B(u32, Unit) }
enum WithPair { P(Pair), Q(Guard), R }
//@ args: flags 0
//@ args: flags 1
async fn flags(n: u32) -> u32 {
    let f = if n == 0 { Flag::Off } else { Flag::On };
    yield_now().await;
    match f { Flag::On => 10, Flag::Off => 20 }
}
//@ args: wide 3
async fn wide(n: u64) -> u64 {
    let w = Wide::B { lo: n as u32, hi: 1 };
    yield_now().await;
    let v = match w { Wide::A(x) => x, Wide::B { lo, hi } => lo as u64 + hi as u64 };
    match Wide::A(v) { Wide::A(x) => x, Wide::B { .. } => 0 }
}
async fn mixed(m: Mixed) -> u32 {
    yield_now().await;
    match m { Mixed::A(a, b) => a as u32 + b, Mixed::B(c) => c as u32, Mixed::C => 0 }
}
//@ args: zst 7
async fn zst(n: u32) -> u32 {
    let z = Zst::B(n, Unit);
    let p = WithPair::P(Pair { a: 1, b: 2 });
    yield_now().await;
    let q = WithPair::Q(guard(n));
    yield_now().await;
    let r = match p { WithPair::P(_) => 1, WithPair::Q(_) | WithPair::R => 2 };
    match z { Zst::A(_) => r, Zst::B(x, _) => x + r }
}
//@ args: moved_in 5
async fn moved_in(n: u32) -> u32 {
    let g = WithPair::Q(guard(n));
    let by_move = async move { yield_now().await; match g { WithPair::R => 1, _ => 2 } };
    by_move.await
}
