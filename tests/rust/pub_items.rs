// covers: visibility (vis39): a driver's public API as firmware crates write it: `pub` structs with
// public and private fields, a `pub` enum, `pub` async and sync methods of a public type, a `pub` trait
// implemented for a public type, `pub` consts and statics, `pub(crate)` items (private in a crate of one
// module: dead when unused), a `pub` tuple struct, `pub` on items in a fn body (no effect); the public
// items are dead_code roots as in a bin crate (rustc's effective visibilities), so only the private items
// never used are reported
//@ args: poll_sensor 3
//@ args: poll_sensor 0
//@ args: run 5
pub const LIMIT: u32 = 100;
pub static SCALE: u32 = 3;
pub(crate) const UNUSED_LIMIT: u32 = 7;

#[derive(Clone, Copy)]
pub enum Mode {
    Idle,
    Active { rate: u32 },
}

pub struct Reading(pub u32, u32);

pub struct Sensor {
    pub mode: Mode,
    pub last: u32,
    count: u32,
    spare: u32,
}

pub trait Device {
    fn id(&self) -> u32;
    async fn sample(&mut self, x: u32) -> u32;
}

impl Sensor {
    pub fn new() -> Sensor {
        Sensor { mode: Mode::Idle, last: 0, count: 0, spare: 0 }
    }
    pub async fn read(&mut self, x: u32) -> Reading {
        yield_now().await;
        self.count += 1;
        let v = match self.mode {
            Mode::Idle => x,
            Mode::Active { rate } => x * rate,
        };
        self.last = v;
        Reading(v, self.count)
    }
    fn helper(&self) -> u32 {
        self.count
    }
    pub(crate) fn unused_helper(&self) -> u32 {
        1
    }
}

impl Device for Sensor {
    fn id(&self) -> u32 {
        self.helper() + 1
    }
    async fn sample(&mut self, x: u32) -> u32 {
        let r = self.read(x).await;
        r.0 % LIMIT
    }
}

pub(crate) fn never_called() -> u32 {
    2
}

fn private_unused() {}

pub async fn poll_sensor(x: u32) -> u32 {
    pub struct Local {
        pub v: u32,
    }
    let mut s = Sensor::new();
    s.mode = Mode::Active { rate: SCALE };
    let g = guard(x);
    let a = s.sample(x).await;
    let l = Local { v: a };
    let _k = g;
    l.v + s.id()
}

pub async fn run(n: u32) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < n {
        total += poll_sensor(i).await;
        i += 1;
    }
    total
}
