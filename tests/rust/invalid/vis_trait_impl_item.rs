// invalid: a visibility on a trait impl's item
pub trait T {
    fn m(&self) -> u32;
}
pub struct S;
impl T for S {
    pub(crate) fn m(&self) -> u32 { 1 } //~ ERROR [E0449] visibility qualifiers are not permitted here
}
