// invalid: `i8::MIN` and `0..=i8::MAX` leave the negatives between (rustc: `-127_i8..=-1_i8`)
async fn f(x: i8) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `-127_i8..=-1_i8` not covered
        i8::MIN => 1,
        0..=i8::MAX => 3,
    }
}
