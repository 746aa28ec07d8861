// invalid: generic params of an outer fn are not in the subset (items30 keeps the clean error)
fn outer<T>(x: T) -> u32 { //~ ERROR generic functions are not supported
    struct S {
        a: u32,
    }
    S { a: 1 }.a
}
