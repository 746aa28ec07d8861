// unsupported: a method of a slice other than `len` / `is_empty` (slice40)
fn f(s: &[u8]) -> u8 {
    *s.first().unwrap() //~ ERROR method `first` of `&[u8]` is not supported
}
