// covers (hunt36): an enum's associated const named as one of its variants: `E::X` and `Self::X` are
// the variant (rustc resolves a variant before the inherent items: resolve_fully_qualified_call), in a
// value and a pattern; the const is never reachable (coroslim took the const: `E::X as u32` was 7 + a,
// rustc's 0 + a; such a cast is "not supported" now). Another const of the impl reads as usual
//@ args: foo 1
//@ args: pick 0
//@ args: pick 5
enum E {
    X,
    Y,
}
impl E {
    const X: u32 = 7;
    const Y2: u32 = 40;
    fn me(&self) -> u32 {
        match self {
            Self::X => 10,
            Self::Y => Self::Y2,
        }
    }
    fn first() -> E {
        Self::X
    }
}

async fn foo(a: u32) -> u32 {
    yield_now().await;
    let e = E::X;
    e.me() + a + E::Y2
}

async fn pick(n: u32) -> u32 {
    let e = if n > 2 { E::Y } else { E::first() };
    yield_now().await;
    let k = match e {
        E::X => 1,
        E::Y => 2,
    };
    k + e.me()
}
