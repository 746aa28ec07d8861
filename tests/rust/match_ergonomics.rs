// covers: match ergonomics (issue 22, ergo28: RFC 2005 default binding modes): `match &o`,
// `match &mut s`, `if let Some(x) = &mut o`, `while let`, a reference parameter or local matched
// with non-reference patterns (bindings by `ref` / `ref mut`, `mut x` by value, explicit `ref`),
// literals, ranges, bool and char through a reference, nested variant and struct patterns,
// or-patterns, guards, `match &self.state` / `if let .. = &mut self.rx` in methods, `&p` / `&mut p`
// reference patterns at the top (bindings by value, mixed with default-mode arms), a binding
// held across an await, `if let .. = &mut o` / `match &o` inside an async block capturing `o`
enum E { A(u32), B { k: u8, v: u32 }, C }
struct S { k: u32, v: u32 }
enum St { Idle, Busy(u32), Done { code: u8 } }
struct Dev { state: St, rx: Option<u32>, n: u32 }
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n) } else { E::B { k: (n % 9) as u8, v: n } }
}
fn opt(n: u32) -> Option<u32> {
    if n % 3 == 0 { None } else { Some(n) }
}
impl Dev {
    fn code(&self) -> u32 {
        match &self.state {
            St::Idle => 0,
            St::Busy(t) => *t + 1,
            St::Done { code } => *code as u32 + 100,
        }
    }
    async fn take(&mut self) -> u32 {
        if let Some(buf) = &mut self.rx {
            *buf += 1;
            yield_now().await;
            *buf += self.n;
        }
        match &mut self.state {
            St::Busy(t) => { *t += 1; *t }
            _ => 7,
        }
    }
}
//@ args: opts 0
//@ args: opts 4
async fn opts(n: u32) -> u32 {
    let mut o = opt(n);
    let a = match &o { Some(x) => *x, None => 0 };
    if let Some(x) = &mut o {
        *x += 10;
    }
    yield_now().await;
    let b = match &o { Some(ref y) => *y + 1, None => 1 };
    let c = match &o { Some(mut z) => { z += 2; z } None => 2 };
    a + b + c + match o { Some(w) => w, None => 3 }
}
//@ args: enums 0
//@ args: enums 2
//@ args: enums 5
//@ args: enums 7
async fn enums(n: u32) -> u32 {
    let mut e = mke(n);
    let r = &mut e;
    match r {
        E::A(x) => *x += 1,
        E::B { v, .. } => *v *= 2,
        E::C => {}
    }
    let s = &e;
    yield_now().await;
    match s {
        E::A(x) if *x > 3 => *x,
        E::A(_) => 1,
        E::B { k: 1..=4, v } => *v + 1000,
        E::B { k, v } => *k as u32 + *v,
        E::C => 9,
    }
}
//@ args: held 3
//@ args: held 6
async fn held(n: u32) -> u32 {
    let o = opt(n);
    match &o {
        Some(x) => {
            yield_now().await;
            *x + 1
        }
        None => 0,
    }
}
//@ args: structs 5
async fn structs(n: u32) -> u32 {
    let mut s = S { k: n, v: 1 };
    match &mut s { S { k, .. } => *k += 1 }
    let S { k, v } = s;
    let t = match &s { S { k: 6, v } => *v + 50, S { k, v } => *k + *v };
    t + k + v
}
//@ args: ints 1
//@ args: ints 3
//@ args: ints 9
async fn ints(n: u32) -> u32 {
    let b = n > 2;
    let c = if n > 5 { 'x' } else { 'a' };
    let x = match &n { 1 => 5, 2..=4 => 6, _ => 7 };
    let y = match &b { true => 1, false => 2 };
    let z = match &c { 'a'..='m' => 10, _ => 20 };
    x + y + z
}
//@ args: nested 0
//@ args: nested 4
//@ args: nested 5
async fn nested(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mke(n)) };
    match &o {
        Some(E::A(x) | E::B { v: x, .. }) => *x,
        Some(E::C) => 2,
        None => 3,
    }
}
//@ args: loops 4
async fn loops(n: u32) -> u32 {
    let mut o = Some(n);
    let mut t = 0;
    while let Some(c) = &mut o {
        t += *c;
        if *c == 0 { o = None; } else { *c -= 1; }
        yield_now().await;
    }
    t
}
fn pick(o: &Option<u32>, n: u32) -> u32 {
    match o { Some(x) => *x + n, None => n }
}
fn pick_mut(e: &mut E) {
    if let E::B { k, v } = e { *k += 1; *v += *k as u32; }
}
//@ args: param 4
//@ args: param 5
async fn param(n: u32) -> u32 {
    let o = opt(n);
    let mut e = mke(n);
    pick_mut(&mut e);
    yield_now().await;
    pick(&o, n) + match e { E::B { v, .. } => v, _ => 0 }
}
//@ args: methods 2
async fn methods(n: u32) -> u32 {
    let mut d = Dev { state: if n > 1 { St::Busy(n) } else { St::Done { code: 3 } }, rx: opt(n), n };
    let a = d.code();
    let b = d.take().await;
    d.state = St::Idle;
    a + b + d.code() + match d.rx { Some(r) => r, None => 0 }
}
fn pick_ref(r: &Option<u32>) -> u32 {
    match r { &Some(x) => x, &None => 1 }
}
//@ args: refpat 0
//@ args: refpat 3
//@ args: refpat 4
async fn refpat(n: u32) -> u32 {
    let mut e = mke(n);
    let a = match &e { &E::A(x) => x, E::B { k, .. } => *k as u32, &E::C => 5 };
    yield_now().await;
    let b = match &mut e { &mut E::B { k: 1..=4, v } => v, &mut E::B { ref mut v, .. } => { *v += 1; *v } _ => 0 };
    let o = if n > 2 { Some(n) } else { None };
    let c = if let &Some(7) = &o { 1 } else { 2 };
    a + b + c + pick_ref(&o) + match &n { &0 => 3, &3 => 4, _ => 5 }
}
//@ args: blk 4
async fn blk(n: u32) -> u32 {
    let mut o = if n > 2 { Some(n) } else { None };
    let b = async {
        if let Some(x) = &mut o { *x += 1; }
        yield_now().await;
        match &o { Some(x) => *x, None => 0 }
    };
    b.await
}
