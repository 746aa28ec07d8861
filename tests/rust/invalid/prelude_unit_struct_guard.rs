// invalid: a unit struct `guard`: its constructor is a value, as the prelude's fn guard (E0428)
struct S { a: u32 }
#[allow(non_camel_case_types)]
struct guard; //~ ERROR [E0428] the name `guard` is defined multiple times
