// invalid: `a @ ref mut b if *b > 1`: in a guarded arm rustc binds a by `&` for the guard, after b's
// `&mut`: E0502 at a (bind31)
fn f(mut x: u32) -> u32 {
    match x { a @ ref mut b if *b > 1 => a, _ => 0 } //~ ERROR [E0502] cannot borrow `x` as immutable because it is also borrowed as mutable
}
