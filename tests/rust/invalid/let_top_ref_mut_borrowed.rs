// invalid: `let ref r @ 0..=255 = x;` while x is mutably borrowed and that borrow is used later (E0502, bind30)
fn f(mut x: u8) -> u8 {
    let m = &mut x;
    let ref r @ 0..=255 = x; //~ ERROR [E0502] cannot borrow `x` as immutable because it is also borrowed as mutable
    *m += 1;
    *r
}
