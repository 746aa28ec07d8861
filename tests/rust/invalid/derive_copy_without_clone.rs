// invalid: Copy derived without Clone (E0277 at the name: Copy's supertrait Clone is not implemented)
#[derive(Copy)]
struct P { a: u32 } //~ ERROR [E0277] the trait bound `P: Clone` is not satisfied
fn f(p: P) -> u32 {
    p.a
}
