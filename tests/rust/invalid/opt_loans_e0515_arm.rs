// invalid (optloan35): one match arm returns `Some(&y)` of a local (E0515)
fn g(o: Option<&u32>) -> Option<&u32> {
    let y = 5u32;
    match o { Some(r) => Some(r), None => Some(&y) } //~ ERROR [E0515] cannot return value referencing local variable `y`
}
