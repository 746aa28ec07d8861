// invalid (pat35): a struct pattern as a parameter (not under `&`) is valid Rust, refused by the subset
struct S { a: u32, b: u32 }
fn g(S { a, .. }: S) -> u32 { //~ ERROR parameter patterns other than `&` ones are not supported
    a
}
