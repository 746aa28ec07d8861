// invalid: a binding at the top copies the whole scrutinee while a `&mut` of it is live (E0503)
fn f(mut x: u32) -> u32 {
    let r = &mut x;
    let v = match x { n => n }; //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *r = 1;
    v
}
