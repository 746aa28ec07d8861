// const39: dead_code of aggregate consts: an unused one is "never used", a variant or struct built only
// by an unused const is "never constructed", one built by a used const is not; non_upper_case_globals
struct Pt {
    x: u32,
    y: u32,
}
struct Unused {
    a: u8,
}
enum Mode {
    Slow,
    Fast(u32),
    Off,
}
const USED: Pt = Pt { x: 1, y: 2 };
const NEVER: Unused = Unused { a: 1 };
const FAST: Mode = Mode::Fast(3);
const OFF: Mode = Mode::Off;
const table: [u8; 2] = [1, 2];

async fn run(k: u32) -> u32 {
    let m = match FAST {
        Mode::Slow => 0,
        Mode::Fast(v) => v,
        Mode::Off => 1,
    };
    USED.x + m + k + table[0] as u32
}
