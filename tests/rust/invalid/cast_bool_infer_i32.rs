// invalid: `x as bool` of an integer variable: the fallback's i32 in the message (char28)
async fn f(a: u32) -> u32 {
    let x = 5;
    let b = x as bool; //~ ERROR [E0054] cannot cast `i32` as `bool`
    if b { a } else { 0 }
}
