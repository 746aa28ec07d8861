// covers: an enum as an enum item's payload and as a struct field (issue 22 item 4): rustc's layout of
// the nested enum (the inner enum's tag a niche of the outer: Msg's Ping and Quit in Cmd's tag, Slot
// in Motor's bool), a tagged outer enum whose largest variant has no niche (Wide: N's u32), a driver struct
// holding a state enum (Driver), an enum holding a struct that holds an enum (Frame), Option of a
// nested enum; values held across awaits, matched one level at a time (binding then matching the
// inner value), a field of a struct matched in place, a Guard inside the inner enum dropped by the
// outer enum's drop glue or moved out
enum Cmd { Start(u16), Stop, Speed { rpm: u32 } }
enum Msg { Run(Cmd), Ping, Quit }
enum Motor { On(bool), Off }
enum Slot { M(Motor), Empty }
enum Full { A(u8), B(u8), C(u8) }
enum Wide { F(Full), N(u32) }
enum State { Idle, Busy(u32), Fault { code: u8 } }
struct Driver { id: u8, state: State, ticks: u32 }
struct Header { kind: State, len: u16 }
enum Frame { Data(Header), Empty }
enum Held { G(Guard), N(u32) }
enum Outer { In(Held), Nothing }
fn msg(n: u32) -> Msg {
    if n == 0 { Msg::Ping } else if n == 1 { Msg::Quit } else if n < 5 { Msg::Run(Cmd::Start(n as u16)) }
    else if n < 9 { Msg::Run(Cmd::Speed { rpm: n * 100 }) } else { Msg::Run(Cmd::Stop) }
}
fn slot(n: u32) -> Slot {
    if n == 0 { Slot::Empty } else if n < 3 { Slot::M(Motor::Off) } else { Slot::M(Motor::On(n > 4)) }
}
fn wide(n: u32) -> Wide {
    if n == 0 { Wide::N(n) } else if n < 3 { Wide::F(Full::A(n as u8)) } else { Wide::F(Full::C(n as u8)) }
}
fn driver(n: u32) -> Driver {
    let state = if n == 0 { State::Idle } else if n < 4 { State::Busy(n) } else { State::Fault { code: n as u8 } };
    Driver { id: 7, state, ticks: n }
}
fn frame(n: u32) -> Frame {
    if n == 0 { Frame::Empty } else { Frame::Data(Header { kind: State::Busy(n), len: 3 }) }
}
//@ args: messages 0
//@ args: messages 1
//@ args: messages 3
//@ args: messages 6
//@ args: messages 12
async fn messages(n: u32) -> u32 {
    let m = msg(n);
    yield_now().await;
    match m {
        Msg::Run(c) => match c {
            Cmd::Start(s) => s as u32,
            Cmd::Stop => 2,
            Cmd::Speed { rpm } => rpm,
        },
        Msg::Ping => 10,
        Msg::Quit => 11,
    }
}
//@ args: slots 0
//@ args: slots 2
//@ args: slots 5
async fn slots(n: u32) -> u32 {
    let s = slot(n);
    let w = wide(n);
    yield_now().await;
    let a = match s {
        Slot::M(m) => match m { Motor::On(fast) => if fast { 3 } else { 2 }, Motor::Off => 1 },
        Slot::Empty => 0,
    };
    yield_now().await;
    let b = match w {
        Wide::F(f) => match f { Full::A(x) => x as u32, Full::B(x) => x as u32 + 100, Full::C(x) => x as u32 + 200 },
        Wide::N(k) => k,
    };
    a * 1000 + b
}
//@ args: drive 0
//@ args: drive 2
//@ args: drive 7
async fn drive(n: u32) -> u32 {
    let mut d = driver(n);
    yield_now().await;
    let r = match d.state {
        State::Idle => 0,
        State::Busy(k) => k + d.ticks,
        State::Fault { code } => code as u32 + d.id as u32,
    };
    d.state = State::Idle;
    yield_now().await;
    match d.state { State::Idle => r, _ => 99 }
}
//@ args: frames 0
//@ args: frames 4
async fn frames(n: u32) -> u32 {
    let f = frame(n);
    let o = if n > 0 { Some(msg(n)) } else { None };
    yield_now().await;
    let a = match f {
        Frame::Data(h) => match h.kind { State::Busy(k) => k + h.len as u32, _ => 1 },
        Frame::Empty => 0,
    };
    let b = match o {
        Some(m) => match m { Msg::Run(_) => 5, _ => 6 },
        None => 7,
    };
    a + b
}
//@ args: guards 0
//@ args: guards 1
//@ args: guards 2
async fn guards(n: u32) -> u32 {
    let o = if n == 0 { Outer::Nothing } else if n == 1 { Outer::In(Held::N(4)) } else { Outer::In(Held::G(guard(n))) };
    yield_now().await;
    let p = Outer::In(Held::G(guard(20)));
    yield_now().await;
    match p {
        Outer::In(h) => match h { Held::G(g) => { observe(1); let k = g; observe(2); } Held::N(_) => {} },
        Outer::Nothing => {}
    }
    yield_now().await;
    match o { Outer::In(_) => 1, Outer::Nothing => 0 }
}
