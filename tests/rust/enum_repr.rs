// covers: primitive and C representations of enums (repr40, issue 22): `#[repr(u8)]` on a unit-only
// enum with explicit discriminants (the tag its u8, `discriminant(x)` a u8, `c as u8` a cast of a u8 to
// itself as rustc's MIR has it, Option of it in the tag's niche), `#[repr(u16)]` with payloads (fields in
// declaration order after the tag, no niche-filling layout), `#[repr(C)]` (C's int as the tag, every
// variant's fields at the union's alignment), `#[repr(C, u8)]` and `#[repr(u8, C)]`, `#[repr(i8)]` with
// a negative value (the switch names its u8 bits), `#[repr(i32)]` with explicit discriminants on variants
// with fields, a Guard in a payload dropped as rustc drops it, a repr enum in a struct, matched by match,
// if let and while let, across awaits and captured by async blocks
#[repr(u8)]
#[derive(Clone, Copy)]
enum Cmd { Read = 0x03, Write = 0x02, Status = 0x05 }
#[repr(u16)]
enum Msg { Ping, Data(u32), Ack { seq: u8 } }
#[repr(C)]
enum CMsg { Ping, Data(u8, u32), Ack { seq: u8 } }
#[repr(C, u8)]
enum CuMsg { Ping, Data(u8, u32), Ack { seq: u8 } }
#[repr(u8, C)]
enum UcMsg { Data(u16, u8), Empty }
#[repr(i8)]
#[derive(Clone, Copy)]
enum Neg { A = -1, B = 2, C }
#[repr(i32)]
enum Coded { Small(u8) = 10, Big(u64) = 20, Held(Guard) = -5, None = 30 }
struct Frame { cmd: Cmd, len: u8, msg: Msg }
fn cmd(n: u32) -> Cmd { if n == 0 { Cmd::Read } else if n == 1 { Cmd::Write } else { Cmd::Status } }
fn code(c: Cmd) -> u8 { c as u8 }
//@ args: send 0
//@ args: send 1
//@ args: send 2
async fn send(n: u32) -> u32 {
    let c = cmd(n);
    let m = if n == 0 { Msg::Data(7) } else if n == 1 { Msg::Ack { seq: 3 } } else { Msg::Ping };
    let o: Option<Cmd> = if n == 2 { None } else { Some(c) };
    yield_now().await;
    let a = match m { Msg::Data(x) => x, Msg::Ack { seq } => seq as u32, Msg::Ping => 100 };
    let b = match c { Cmd::Read => 1, Cmd::Write => 2, Cmd::Status => 3 };
    let d = c as u8 as u32 + c as u32 + code(c) as u32;
    let e = match o { Some(Cmd::Read) => 1000, Some(_) => 2000, None => 3000 };
    a + b + d + e
}
//@ args: cs 0
//@ args: cs 1
async fn cs(n: u32) -> u32 {
    let m = if n == 0 { CMsg::Data(1, 2) } else { CMsg::Ack { seq: 9 } };
    let u = if n == 0 { CuMsg::Data(3, 4) } else { CuMsg::Ping };
    let w = if n == 0 { UcMsg::Data(5, 6) } else { UcMsg::Empty };
    let g = if n == 0 { Neg::A } else { Neg::C };
    yield_now().await;
    let a = match m { CMsg::Data(x, y) => x as u32 + y, CMsg::Ack { seq } => seq as u32, CMsg::Ping => 0 };
    let b = match u { CuMsg::Data(x, y) => x as u32 * y, CuMsg::Ack { seq } => seq as u32, CuMsg::Ping => 50 };
    let c = if let UcMsg::Data(x, y) = w { x as u32 + y as u32 } else { 60 };
    let d = match g { Neg::A => 7, Neg::B => 8, Neg::C => 9 };
    a + b + c + d + (g as i32 + 1) as u32 + g as u8 as u32
}
//@ args: coded 0
//@ args: coded 1
//@ args: coded 2
//@ args: coded 3
async fn coded(n: u32) -> u32 {
    let k = if n == 0 { Coded::Small(4) } else if n == 1 { Coded::Big(5) } else if n == 2 { Coded::Held(guard(6)) } else { Coded::None };
    yield_now().await;
    match k { Coded::Small(x) => x as u32, Coded::Big(y) => y as u32 + 1, Coded::Held(_) => 2, Coded::None => 3 }
}
//@ args: framed 1
async fn framed(n: u32) -> u32 {
    let mut f = Frame { cmd: cmd(n), len: 2, msg: Msg::Data(n) };
    let mut k = 0;
    while let Msg::Data(x) = f.msg {
        yield_now().await;
        k += x + f.len as u32;
        f.msg = if k > 4 { Msg::Ping } else { Msg::Data(x + 1) };
    }
    let inner = async move { f.cmd as u32 + k };
    inner.await
}
fn main() {}
