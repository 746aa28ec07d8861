// invalid: `w @ (1 | 2) | w @ 3`: rustc accepts it; the subset does not (bind29)
fn f(x: u32) -> u32 {
    match x { w @ (1 | 2) | w @ 3 => w, _ => 0 } //~ ERROR not supported
}
