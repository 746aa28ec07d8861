// invalid: `...` range patterns (a hard error in edition 2021)
fn f(x: u8) -> u32 {
    match x {
        0...9 => 1, //~ ERROR [E0783] `...` range patterns are deprecated
        _ => 2,
    }
}
