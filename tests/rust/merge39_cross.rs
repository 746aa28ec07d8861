// covers: the sixteenth session's branches in one program: a public driver API (vis39: `pub` items, a
// `pub(crate)` helper never used, `Self { .. }` in constructors, type aliases in fields and signatures);
// an aggregate const item read by field (const39); an enum's `#[derive(Clone)]` without Copy and a
// `#[repr(C)]` struct (clone39); `==` of Options and `is_some` through a reference (cmp39); `match &mut r`
// and a top binding of `match &r` (mref39); a promoted cast `&(LIMIT as u64)` (promo39); all across awaits
//@ args: drive 3
//@ args: drive 0
//@ args: drive 9
type Level = u32;
type Reading = Option<Level>;

pub const LIMIT: Level = 8;

#[derive(Clone, Copy)]
pub struct Cfg {
    pub gain: Level,
    pub base: Level,
}

const DEFAULT: Cfg = Cfg { gain: 2, base: 1 };

#[repr(C)]
pub struct Frame {
    pub tag: u8,
    pub value: Level,
    pub flags: u16,
}

#[derive(Clone)]
pub enum Cmd {
    Read(Level),
    Stop,
}

pub struct Driver {
    pub cfg: Cfg,
    last: Reading,
}

impl Driver {
    pub fn new() -> Self {
        Self { cfg: DEFAULT, last: None }
    }
    pub async fn step(&mut self, c: &Cmd, x: Level) -> Level {
        yield_now().await;
        let out = match c {
            Cmd::Read(k) => self.cfg.gain * x + *k,
            Cmd::Stop => self.cfg.base,
        };
        let prev = self.last;
        self.last = Some(out);
        if prev == Some(out) { 0 } else { out }
    }
    pub(crate) fn unused(&self) -> Level {
        self.cfg.base
    }
}

fn bump(r: &mut Reading) {
    let mut q = r;
    match &mut q {
        Some(v) => *v += 1,
        None => {}
    }
}

pub async fn drive(x: Level) -> Level {
    let mut d = Driver::new();
    let cmd = Cmd::Read(DEFAULT.gain);
    let copy = cmd.clone();
    let g = guard(x);
    let a = d.step(&copy, x).await;
    let f = Frame { tag: 1, value: a, flags: 2 };
    let lim: &u64 = &(LIMIT as u64);
    let mut r: Reading = Some(f.value);
    bump(&mut r);
    let seen = &r;
    let n = match &seen {
        Some(0) => 100,
        v => if v.is_some() { 1 } else { 0 },
    };
    let b = d.step(&Cmd::Stop, x).await;
    let _k = g;
    let over = if r == None { 0 } else { *lim as Level };
    a + b + n + over + f.tag as Level + f.flags as Level
}
