// invalid: `let None;` binds nothing, so nothing infers its Option's argument (E0282 at the pattern)
fn f() -> u32 {
    let None; //~ ERROR [E0282] type annotations needed for `Option<_>`
    1
}
