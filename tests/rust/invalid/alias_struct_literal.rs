// invalid: a struct literal through a type alias (rustc resolves it to the struct)
struct S { a: u32 }
type T = S;
fn f() -> u32 {
    let s = T { a: 1 }; //~ ERROR not supported
    s.a
}
