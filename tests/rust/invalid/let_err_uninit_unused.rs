// invalid: `let Err(e);` with e never used: neither argument is known (E0282 before the bindings' fallback)
fn f() -> u32 {
    let Err(e); //~ ERROR [E0282] type annotations needed for `Result<_, _>`
    2
}
