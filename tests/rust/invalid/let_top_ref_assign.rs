// invalid: `let ref r @ 0..=9 = x;` holds a loan of x: assigning x while r lives is E0506 (bind30)
fn f(mut x: u8) -> u8 {
    let ref r @ 0..=255 = x;
    x = 5; //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    *r + x
}
