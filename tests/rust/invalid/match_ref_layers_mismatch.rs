// invalid (mref39): `&&mut p` against `&mut &mut o`: the first layer is `&mut`, E0308 at the `&`
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut &mut o {
        &mut &mut None => 1,
        &&mut Some(x) => x, //~ ERROR [E0308] mismatched types
    }
}
