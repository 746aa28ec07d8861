// covers (variant34): variant paths used before their enum's declaration in the file (rustc resolves
// after parsing): `E::A`, `E::B(x)`, `E::C { f }` in values and patterns, `Self::A` / `Self::m(..)` in
// an impl placed before the enum, `E::m(..)` path calls of an enum declared later, an enum of a body
// used before its declaration in its block (and by a fn item of that block), a variant holding an enum
// declared further down, Option of a later enum, a variant's `Option<Option<u32>>` (its `>>` split in
// place by the early parse, restored for the parse in order)
//@ args: pick 0
//@ args: pick 1
//@ args: pick 2
//@ args: pick 9
//@ args: local 4
//@ args: local 0
//@ args: nested 3
//@ args: nested 0
fn make(x: u32) -> E {
    if x == 0 { E::A } else if x == 9 { E::D(Some(Some(x))) } else if x == 1 { E::B(x + 10) } else { E::C { f: x, g: Inner::Q(x * 2) } }
}

impl E {
    fn get(&self) -> u32 {
        match self {
            Self::A => 0,
            Self::B(v) => *v,
            Self::C { f, g: Inner::Q(q) } => *f + *q,
            Self::C { f, .. } => *f,
            Self::D(Some(Some(v))) => *v + 4,
            Self::D(_) => 4,
        }
    }
    fn unit() -> Self {
        Self::A
    }
    fn wrap(v: u32) -> Self {
        if v > 5 { Self::unit() } else { Self::B(v) }
    }
}

fn first(o: Option<E>) -> u32 {
    match o {
        Some(E::B(v)) => v,
        Some(e) => e.get() + 100,
        None => 1000,
    }
}

async fn pick(x: u32) -> u32 {
    let e = make(x);
    yield_now().await;
    let w = E::wrap(x);
    let k = if let E::C { f, .. } = &e { *f } else { 3 };
    yield_now().await;
    e.get() + w.get() + k + first(Some(make(x + 1)))
}

async fn local(x: u32) -> u32 {
    fn helper(s: &S) -> u32 {
        match s { S::One(v) => *v, S::Two { a } => *a * 3, S::Zero => 9 }
    }
    let s = if x > 2 { S::One(x) } else if x > 0 { S::Two { a: x } } else { S::Zero };
    yield_now().await;
    let r = helper(&s);
    enum S { Zero, One(u32), Two { a: u32 } }
    r
}

async fn nested(x: u32) -> u32 {
    let a = async move {
        let t = T::Tick(x);
        yield_now().await;
        match t { T::Tick(n) => n + 1, T::Done => 0 }
    }
    .await;
    enum T { Done, Tick(u32) }
    let d = T::Done;
    a + match d { T::Done => 5, T::Tick(_) => 6 }
}

enum E { A, B(u32), C { f: u32, g: Inner }, D(Option<Option<u32>>) }

enum Inner { P, Q(u32) }
