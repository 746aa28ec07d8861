// invalid: `Clone::clone(&g)` of the prelude's Guard, which has no Clone (E0277 at the argument)
fn f(x: u32) -> u32 {
    let g = guard(x);
    let h = Clone::clone(&g); //~ ERROR [E0277] the trait bound `Guard: Clone` is not satisfied
    drop(h);
    x
}
