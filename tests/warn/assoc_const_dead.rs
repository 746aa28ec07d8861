// consts35: dead_code of associated consts, grouped with their impl's fns as rustc does ("associated
// constants `A` and `B` are never used", "associated items ..." beside a method), non_upper_case_globals
// ("associated constant `low` should have an upper case name")
struct S {
    a: u32,
}
impl S {
    const USED: u32 = 1;
    const low: u32 = 2;
    const DEAD_A: u32 = 3;
    fn unused(&self) -> u32 {
        self.a
    }
    const DEAD_B: u32 = 4;
}
struct T;
impl T {
    const X: u8 = 1;
    const Y: u8 = 2;
}
enum E {
    A,
}
impl E {
    const ON: bool = true;
}

async fn live(x: u32) -> u32 {
    let s = S { a: x };
    yield_now().await;
    s.a + S::USED + S::low + if E::ON { 1 } else { 0 }
}

struct OnlyNamed {
    a: u32,
}
impl OnlyNamed {
    const K: u32 = 7;
}

async fn named() -> u32 {
    OnlyNamed::K
}
