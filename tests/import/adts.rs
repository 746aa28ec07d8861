// tests/import/adts.rs — real code's types across awaits: a user enum with
// payloads, a struct with named fields, a tuple struct, a 3-tuple, a 1-tuple,
// Option and Result with `?`. adts.mir is
// `rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir adts.rs`
// (rustc 1.95.0); regenerate with tests/import/regen.sh.
pub enum Cmd {
    Read { addr: u16, len: u8 },
    Write(u16, u32),
    Reset,
}

pub struct Frame {
    pub addr: u16,
    pub data: u32,
}

pub struct Crc(pub u32);

pub fn sum(t: (u16, u32, Crc)) -> u32 {
    t.0 as u32 + t.1 + (t.2).0
}

pub async fn leaf(x: u32) -> u32 {
    x + 1
}

pub async fn step(x: u32) -> Result<u32, u8> {
    if x > 9 { Err(1) } else { Ok(leaf(x).await) }
}

pub async fn handle(cmd: Cmd) -> Result<Frame, u8> {
    let f = match cmd {
        Cmd::Read { addr, len } => Frame { addr, data: step(len as u32).await? },
        Cmd::Write(addr, v) => Frame { addr, data: leaf(v).await },
        Cmd::Reset => Frame { addr: 0, data: 0 },
    };
    let t = (f.addr, f.data, Crc(f.data));
    let one = (sum(t),);
    let c = leaf(one.0).await;
    Ok(Frame { addr: f.addr, data: f.data + c })
}

pub async fn first(v: Option<u32>) -> Option<u32> {
    let x = v?;
    Some(leaf(x).await)
}

// an array, a string constant and a closure with captures, across an await
pub async fn misc(x: u32) -> u32 {
    let arr = [x, x + 1];
    let name = "frame";
    let f = move |y: u32| y + arr.len() as u32 + name.len() as u32;
    leaf(f(1)).await + name.len() as u32
}
