// invalid: a visibility before a statement
fn f() -> u32 {
    pub(crate) let x = 1; //~ ERROR visibility `pub(crate)` is not followed by an item
    x
}
