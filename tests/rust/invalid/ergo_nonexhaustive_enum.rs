// invalid: a reference parameter to an enum matched without two of its variants (E0004)
enum E { A(u32), B { k: u8 }, C }
async fn f(e: &E) -> u32 {
    match e { //~ ERROR [E0004] non-exhaustive patterns: `&E::B { .. }` and `&E::C` not covered
        E::A(x) => *x,
    }
}
