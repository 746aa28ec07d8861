// invalid: a const item of a reference type (const39 admits integers, bool, char, structs, enums and arrays)
const R: &u32 = &5; //~ ERROR not supported
fn f() -> u32 {
    *R
}
