// covers: rustc's niche-filling layout for enum items and Result (issue 22 item 4): a bool payload
// (the other variants before the niche: Front), a variant placed after the niche (Post: B at offset
// 2), three niche variants around the untagged one (Mid: X = 2, Y = 4, the untagged A's slot 3
// unused), the tie rules that keep the tagged layout (Tie: the last of the largest variants has no
// niche; Even: equal sizes, the tag's niche is larger), a struct holding a bool as payload
// (Result<Flagged, u8>), two equal niches in the largest variant (Two: rustc 1.95 takes the
// variant's largest niche, the first bool at 0, so B goes after it at 1); values made by sync fns,
// held across awaits, matched with bindings
struct Flagged { n: u32, on: bool }
enum Front { A(bool, u16, u8), B(u8) }
enum Post { A(bool, u8, u8, u8), B(u16), C }
enum Mid { X, A(bool, u8, u8, u8), Y(u16) }
enum Tie { A(bool), B(u8) }
enum Even { A(u32, bool), B }
enum Two { A(bool, u8, bool), B(u8) }
fn front(n: u32) -> Front {
    if n > 2 { Front::A(n > 4, n as u16, 7) } else { Front::B(n as u8) }
}
fn post(n: u32) -> Post {
    if n == 0 { Post::C } else if n < 3 { Post::B(n as u16 + 300) } else { Post::A(n > 4, 1, 2, 3) }
}
fn mid(n: u32) -> Mid {
    if n == 0 { Mid::X } else if n < 3 { Mid::Y(n as u16 + 500) } else { Mid::A(n == 3, 4, 5, 6) }
}
fn tie(n: u32) -> Tie {
    if n % 2 == 0 { Tie::A(n > 2) } else { Tie::B(n as u8) }
}
fn even(n: u32) -> Even {
    if n == 0 { Even::B } else { Even::A(n, n > 1) }
}
fn two(n: u32) -> Two {
    if n > 1 { Two::A(n > 2, n as u8, n > 3) } else { Two::B(n as u8 + 40) }
}
fn flagged(n: u32) -> Result<Flagged, u8> {
    if n == 0 { Err(9) } else { Ok(Flagged { n: n, on: n > 3 }) }
}
//@ args: fronts 1
//@ args: fronts 3
//@ args: fronts 5
async fn fronts(n: u32) -> u32 {
    let f = front(n);
    yield_now().await;
    match f {
        Front::A(b, w, x) => if b { w as u32 + x as u32 } else { 1000 + w as u32 },
        Front::B(v) => v as u32,
    }
}
//@ args: posts 0
//@ args: posts 2
//@ args: posts 5
async fn posts(n: u32) -> u32 {
    let p = post(n);
    let m = mid(n);
    yield_now().await;
    let a = match p {
        Post::A(b, x, y, z) => if b { x as u32 + y as u32 + z as u32 } else { 100 },
        Post::B(w) => w as u32,
        Post::C => 7,
    };
    yield_now().await;
    let b = match m {
        Mid::X => 11,
        Mid::A(b, x, _, z) => if b { x as u32 } else { z as u32 },
        Mid::Y(w) => w as u32,
    };
    a * 1000 + b
}
//@ args: ties 1
//@ args: ties 3
//@ args: ties 4
async fn ties(n: u32) -> u32 {
    let t = tie(n);
    let e = even(n);
    yield_now().await;
    let a = match t { Tie::A(b) => if b { 1 } else { 2 }, Tie::B(v) => v as u32 };
    let b = match e { Even::A(v, b) => if b { v } else { v + 10 }, Even::B => 50 };
    let w = two(n);
    yield_now().await;
    let c = match w { Two::A(x, v, y) => if x { v as u32 } else if y { 60 } else { 70 }, Two::B(v) => v as u32 };
    a + b + c
}
//@ args: results 0
//@ args: results 2
//@ args: results 6
async fn results(n: u32) -> u32 {
    let r = flagged(n);
    yield_now().await;
    match r {
        Ok(f) => if f.on { f.n * 2 } else { f.n },
        Err(e) => e as u32,
    }
}
