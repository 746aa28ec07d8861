// invalid: a visibility on a trait's item
pub trait T {
    pub fn m(&self) -> u32; //~ ERROR [E0449] visibility qualifiers are not permitted here
}
