struct Pair { a: u32, g: Guard, b: bool }
struct Tup(u8, u16);
struct Unit;
enum Shape { Dot, Line(u32, u8), Boxed { w: u16, h: u16 } }
impl Pair {
    fn get(&self) -> u32 { self.a }
}
fn half(x: u32) -> Result<u32, u8> { if x % 2 == 0 { Ok(x / 2) } else { Err(1) } }
async fn items(x: u32) -> u32 {
    let p = Pair { a: x, g: guard(1), b: true };
    let t = Tup(2, 3);
    let _u = Unit;
    let s = Shape::Boxed { w: 4, h: 5 };
    let o: Option<u8> = Some(6);
    let q: Option<bool> = Some(true);
    let z: Option<Shape> = Some(Shape::Dot);
    yield_now().await;
    let n = match s { Shape::Dot => 0, Shape::Line(a, _) => a, Shape::Boxed { w, h } => (w + h) as u32 };
    let m = match o { Some(v) => v as u32, None => 0 };
    let k = match q { Some(v) => if v { 1 } else { 0 }, None => 2 };
    let y = match z { Some(_) => 1, None => 0 };
    let r = &p;
    r.get() + k + y + n + m + t.0 as u32 + t.1 as u32
}
async fn tried(x: u32) -> Result<u32, u8> {
    let h = half(x)?;
    yield_now().await;
    Ok(h + 1)
}
