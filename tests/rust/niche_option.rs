// covers: rustc's niche-filling enum layout (issue 22 item 4): Option<bool> (None is the invalid
// bool 2), Option<&u32> (None is the null pointer), Option<Option<u8>> (the inner tag's values 2..),
// Option<Option<bool>> (3), Option<E> of a fieldless enum (None in E's tag: 3) and of a payload enum,
// Option<[bool; 2]> (the first element's niche), Option<S> of a struct holding a bool; made by sync
// fns, held across awaits (so they are in the coroutines' layouts), matched and printed by value
enum Dir { Up, Down, Left }
enum Shape { Dot, Line(u32), Box(u16, u8) }
struct Flagged { n: u32, on: bool }
fn pick(n: u32) -> Option<bool> {
    if n == 0 { None } else { Some(n % 2 == 0) }
}
fn nest(n: u32) -> Option<Option<u8>> {
    if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n as u8)) }
}
fn nest_bool(n: u32) -> Option<Option<bool>> {
    if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n > 2)) }
}
fn dir(n: u32) -> Option<Dir> {
    if n == 0 { None } else if n == 1 { Some(Dir::Up) } else if n == 2 { Some(Dir::Down) } else { Some(Dir::Left) }
}
fn shape(n: u32) -> Option<Shape> {
    if n == 0 { None } else if n == 1 { Some(Shape::Dot) } else if n == 2 { Some(Shape::Line(n)) } else { Some(Shape::Box(n as u16, 1)) }
}
fn flagged(n: u32) -> Option<Flagged> {
    if n == 0 { None } else { Some(Flagged { n: n, on: n > 1 }) }
}
fn pair(n: u32) -> Option<[bool; 2]> {
    if n == 0 { None } else { Some([n > 1, n > 2]) }
}
//@ args: opt_bool 0
//@ args: opt_bool 1
//@ args: opt_bool 2
async fn opt_bool(n: u32) -> u32 {
    let o = pick(n);
    yield_now().await;
    observe(match o { Some(b) => if b { 1 } else { 2 }, None => 3 });
    match o {
        Some(b) => if b { 10 } else { 20 },
        None => 30,
    }
}
//@ args: opt_nested 0
//@ args: opt_nested 1
//@ args: opt_nested 2
//@ args: opt_nested 5
async fn opt_nested(n: u32) -> u32 {
    let o = nest(n);
    let p = nest_bool(n);
    yield_now().await;
    let a = match o {
        Some(i) => match i { Some(v) => v as u32, None => 100 },
        None => 200,
    };
    let b = match p {
        Some(i) => match i { Some(v) => if v { 1 } else { 2 }, None => 3 },
        None => 4,
    };
    a + b
}
//@ args: opt_enum 0
//@ args: opt_enum 1
//@ args: opt_enum 2
//@ args: opt_enum 3
async fn opt_enum(n: u32) -> u32 {
    let d = dir(n);
    let s = shape(n);
    yield_now().await;
    let a = match d {
        Some(x) => match x { Dir::Up => 1, Dir::Down => 2, Dir::Left => 3 },
        None => 0,
    };
    let b = match s {
        Some(x) => match x { Shape::Dot => 10, Shape::Line(v) => v, Shape::Box(w, h) => w as u32 + h as u32 },
        None => 40,
    };
    a * 100 + b
}
//@ args: opt_struct 0
//@ args: opt_struct 1
//@ args: opt_struct 2
async fn opt_struct(n: u32) -> u32 {
    let f = flagged(n);
    let p = pair(n);
    yield_now().await;
    let a = match f { Some(x) => if x.on { x.n } else { x.n + 50 }, None => 7 };
    let b = match p { Some(x) => if x[0] { 1 } else { 2 }, None => 3 };
    a * 10 + b
}
//@ args: opt_ref 0
//@ args: opt_ref 4
async fn opt_ref(n: u32) -> u32 {
    let x = n + 1;
    let r: Option<&u32> = if n == 0 { None } else { Some(&x) };
    yield_now().await;
    match r { Some(v) => *v, None => 9 }
}
