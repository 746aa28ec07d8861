// covers (items31): impl blocks of enum items, at the top level and in a body: associated fns
// returning `Self::Variant(..)`, methods taking `self`, `&self`, `&mut self`, async methods (`self` a
// reference held across an await), `match self` / `match *self` with `Self::V` and `E::V` patterns,
// method calls with auto-ref and reborrows, path calls `E::m(&e)` / `Self::m(..)`, an enum holding a
// Guard moved out by `self`, a trait implemented for an enum (static calls and method calls)
//@ args: shapes 3
//@ args: shapes 12
//@ args: shapes 0
//@ args: tokens 5
//@ args: tokens 0
//@ args: local_enum 7
//@ args: local_enum 0
enum Shape { Dot, Line(u32), Rect { w: u32, h: u32 } }
impl Shape {
    fn new(n: u32) -> Self {
        if n == 0 { Self::Dot } else if n > 10 { Self::Rect { w: n, h: 2 } } else { Shape::Line(n) }
    }
    fn area(&self) -> u32 {
        match self { Shape::Dot => 0, Self::Line(n) => *n, Shape::Rect { w, h } => *w * *h }
    }
    fn grow(&mut self) {
        match *self { Self::Line(ref mut n) => *n += 1, Self::Rect { ref mut h, .. } => *h += 1, _ => {} }
    }
    fn take(self) -> u32 {
        match self { Self::Rect { w, .. } => w, Self::Line(n) => n + 100, Self::Dot => 1 }
    }
    async fn wait_area(&self) -> u32 {
        yield_now().await;
        self.area() + 1
    }
    fn twice(n: u32) -> u32 {
        Self::new(n).area() * 2
    }
}
async fn shapes(x: u32) -> u32 {
    let mut s = Shape::new(x & 15);
    s.grow();
    let a = s.wait_area().await;
    let b = Shape::area(&s);
    observe(a + b);
    let r = &mut s;
    r.grow();
    let c = Shape::twice(x & 31);
    s.take() + c
}

enum Token { Num(u32), Held(Guard), End }
trait Weigh {
    fn weight(&self) -> u32;
    async fn settle(&mut self, by: u32) -> u32;
}
impl Weigh for Token {
    fn weight(&self) -> u32 {
        match self { Token::Num(n) => *n, Token::Held(_) => 1, Token::End => 0 }
    }
    async fn settle(&mut self, by: u32) -> u32 {
        yield_now().await;
        if let Self::Num(n) = self { *n += by; }
        self.weight()
    }
}
impl Token {
    fn into_guard(self) -> Option<Guard> {
        match self { Self::Held(g) => Some(g), _ => None }
    }
}
async fn tokens(x: u32) -> u32 {
    let end = Token::End;
    let mut t = if x > 2 { Token::Num(x) } else { Token::Held(guard(x)) };
    let w = t.settle(2).await + Token::weight(&t) + <Token as Weigh>::weight(&end);
    let h = Token::Held(guard(w));
    yield_now().await;
    match h.into_guard() { Some(g) => { let _k = g; t.weight() }, None => 0 }
}

async fn local_enum(x: u32) -> u32 {
    enum Dir { Up(u32), Down }
    impl Dir {
        fn flip(self) -> Self {
            match self { Self::Up(_) => Self::Down, Self::Down => Dir::Up(1) }
        }
        async fn step(&self, base: u32) -> u32 {
            yield_now().await;
            match *self { Dir::Up(n) => base + n, Dir::Down => base - 1 }
        }
    }
    let d = if x > 3 { Dir::Up(x) } else { Dir::Down };
    let a = d.step(10).await;
    let e = d.flip();
    a + e.step(20).await
}
