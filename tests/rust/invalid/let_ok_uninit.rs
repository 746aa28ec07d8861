// invalid: `let Ok(x);`: x's uses infer T, nothing infers E (E0282 names what is known)
fn f() -> u32 {
    let Ok(x); //~ ERROR [E0282] type annotations needed for `Result<u32, _>`
    x = 1;
    x
}
