// invalid: `k @` and no pattern after it (rustc's parser)
fn f(x: u32) -> u32 {
    match x { k @ => k } //~ ERROR expected binding pattern, found `=>`
}
