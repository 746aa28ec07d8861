// invalid: a trailing `|` in a `let`'s parenthesised or-pattern (rustc's parser, at the `|`)
enum E { A(u32), B(u32) }
fn f(e: E) -> u32 {
    let (E::A(x) | ) = e; //~ ERROR a trailing `|` is not allowed in an or-pattern
    x
}
