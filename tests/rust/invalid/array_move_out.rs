// invalid: moving a Guard out of an array by indexing (E0508)
fn f(i: usize) -> u32 {
    let g = [guard(1), guard(2)];
    let x = g[i]; //~ ERROR cannot move out of type `[Guard; 2]`, a non-copy array
    i as u32
}
