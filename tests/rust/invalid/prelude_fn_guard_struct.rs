// invalid: `fn Guard` against the prelude's tuple struct Guard's constructor (E0428, value namespace)
fn f() -> u32 { 1 }
#[allow(non_snake_case)]
fn Guard() -> u32 { //~ ERROR [E0428] the name `Guard` is defined multiple times
    2
}
