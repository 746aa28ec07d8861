// invalid: a literal arm before a top binding reads the scrutinee at `match` while a `&mut` of it is
// live (E0503 there, not at the binding)
fn f(mut x: u32) -> u32 {
    let r = &mut x;
    let v = match x { 0 => 1, n => n }; //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *r = 1;
    v
}
