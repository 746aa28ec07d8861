// invalid: a visibility on an impl block
pub struct S;
pub impl S { //~ ERROR [E0449] visibility qualifiers are not permitted here
    pub fn f(&self) {}
}
