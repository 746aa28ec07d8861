// Methods called on a temporary receiver (an rvalue autoref'd by `&self` / `&mut self`): the operands'
// temporaries die after the borrow, as in rustc, whose Scope of the receiver wraps its adjustment.

struct S(u32);
struct P { a: u32, b: u32 }

impl S {
    fn get(&self) -> u32 { self.0 }
    fn bump(&mut self) -> u32 { self.0 += 1; self.0 }
}

impl P {
    fn sum(&self) -> u32 { self.a + self.b }
}

fn make(x: u32) -> S { S(x * 2) }

fn sync_forms(x: u32) -> u32 {
    S(x).get() + P { a: x + 1, b: x }.sum() + make(x).get() + S(x).bump()
}

async fn tick() {
    yield_now().await;
}

async fn held(x: u32) -> u32 {
    let a = S(x + 1).get();
    tick().await;
    let b = P { a: x, b: a }.sum();
    tick().await;
    a + b + S(b).bump() + sync_forms(x)
}

//@ args: held 0
//@ args: held 5
//@ args: held 100
