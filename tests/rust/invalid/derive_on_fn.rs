// invalid: derive on a fn item (E0774)
#[derive(Clone, Copy)] //~ ERROR [E0774] `derive` may only be applied to `struct`s, `enum`s and `union`s
fn f(a: u32) -> u32 {
    a
}
