// invalid: a `let` of a slice type (slice40, E0277)
fn f(s: &[u8]) -> u8 {
    let a: [u8] = *s; //~ ERROR [E0277] the size for values of type `[u8]` cannot be known at compilation time
    s[0]
}
