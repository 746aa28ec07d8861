// invalid (mref39): `& &p` against `&&mut o`: the second layer is `&mut`, E0308 at the second `&`
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &&mut o {
        & &Some(x) => x, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
