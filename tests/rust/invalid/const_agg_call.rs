// invalid (const39): a call in a field of an enum const's initializer (E0015)
enum Mode {
    Slow,
    Fast(u32),
}
fn rate() -> u32 {
    3
}
const M: Mode = Mode::Fast(rate()); //~ ERROR [E0015] cannot call non-const function `rate` in constants
fn f() -> u32 {
    match M {
        Mode::Slow => 0,
        Mode::Fast(v) => v,
    }
}
