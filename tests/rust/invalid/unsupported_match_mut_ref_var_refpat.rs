// invalid (mref39): a reference pattern against `match &mut r` (r a `&mut T`; rustc accepts `&mut &mut
// Some(x)`): only default binding modes are admitted there
fn f(mut r: &mut Option<u32>) -> u32 {
    match &mut r {
        &mut &mut Some(x) => x, //~ ERROR a reference pattern matched through `&mut r` is not supported
        _ => 0,
    }
}
