// invalid: a slice by value (slice40): `[u32]` has no size known at compile time (E0277)
fn f(a: [u32]) -> u32 { //~ ERROR [E0277] the size for values of type `[u32]` cannot be known at compilation time
    1
}
