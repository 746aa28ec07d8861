// invalid: fn header with a return type but no `->`
fn f(x: u32) u32 { //~ ERROR expected one of
    x
}
