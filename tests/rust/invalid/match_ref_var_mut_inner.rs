// invalid (mref39): `&&mut p` against `&r` (r a `&T`): the second layer is shared, E0308 at the second `&`
fn f(r: &Option<u32>) -> u32 {
    match &r {
        None => 1,
        & &mut Some(x) => x, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
