// invalid (mref39): a shared `&` layer against `&mut r` (r a `&mut T`): E0308 at the `&` of the second layer
fn f(mut r: &mut Option<u32>) -> u32 {
    match &mut r {
        &mut &Some(x) => x, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
