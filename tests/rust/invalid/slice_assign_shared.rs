// invalid: writing through a shared slice (slice40, E0594)
fn put(s: &[u8]) {
    s[0] = 1; //~ ERROR [E0594] cannot assign to `s[_]`, which is behind a `&` reference
}
