// invalid: an or-pattern inside a `let` statement's struct pattern (valid Rust; the subset refuses it)
struct S { a: u32, b: bool }
fn f(s: S) -> u32 {
    let S { b: true | false, a } = s; //~ ERROR not supported
    a
}
