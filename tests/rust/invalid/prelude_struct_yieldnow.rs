// invalid: a struct `YieldNow` beside the prelude's (E0428; it was "not supported")
struct YieldNow { //~ ERROR [E0428] the name `YieldNow` is defined multiple times
    n: u32,
}
