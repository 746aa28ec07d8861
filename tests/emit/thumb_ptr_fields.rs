// covers: struct and enum items, Option and Result instances holding pointer-sized values (usize,
// isize, a reference), emitted for a 32-bit target: each laid out for 4-byte pointers as rustc lays it
// out for thumbv7em (module_set_ptr_bytes), the emitted asserts carrying those layouts
//@ emit: --target=thumbv7em-none-eabi --release --panic=abort
struct Span { start: usize, len: u8, back: isize }
struct Slot { tag: u16, at: usize }
enum Cmd { Stop, Seek(usize), Skip(u8, isize) }
enum Loc { Here, There(u64) }
fn span(n: usize) -> Span { Span { start: n, len: 2, back: -1 } }
fn cmd(n: usize) -> Cmd { if n == 0 { Cmd::Stop } else if n == 1 { Cmd::Seek(n) } else { Cmd::Skip(3, -2) } }
fn find(n: usize) -> Option<usize> { if n == 0 { None } else { Some(n) } }
fn step(n: usize) -> Result<isize, u8> { if n == 0 { Err(1) } else { Ok(-1) } }
fn loc(n: u64) -> Option<Loc> { if n == 0 { None } else if n == 1 { Some(Loc::Here) } else { Some(Loc::There(n)) } }
async fn items(n: usize) -> usize {
    let s = span(n);
    let t = Slot { tag: 1, at: n };
    let c = cmd(n);
    yield_now().await;
    let k = match c { Cmd::Stop => 0, Cmd::Seek(v) => v, Cmd::Skip(a, _) => a as usize };
    s.start + s.len as usize + t.at + k
}
async fn instances(n: usize) -> usize {
    let x = n as u32;
    let r: Option<&u32> = if n == 0 { None } else { Some(&x) };
    let f = find(n);
    let e = step(n);
    let l = loc(n as u64);
    yield_now().await;
    let a = match r { Some(v) => *v as usize, None => 9 };
    let b = match f { Some(v) => v, None => 1 };
    let c = match e { Ok(v) => v as usize, Err(e) => e as usize };
    let d = match l { Some(w) => match w { Loc::There(v) => v as usize, Loc::Here => 2 }, None => 3 };
    a + b + c + d
}
