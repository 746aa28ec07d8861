// invalid: a visibility on an enum variant's field
pub enum E {
    A { pub x: u32 }, //~ ERROR [E0449] visibility qualifiers are not permitted here
}
