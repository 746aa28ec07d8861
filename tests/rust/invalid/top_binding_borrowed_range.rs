// invalid: `k @ 1..=4` reads the scrutinee at the pattern while a `&mut` of it is live (E0503)
fn f(mut x: u32) -> u32 {
    let r = &mut x;
    let v = match x { k @ 1..=4 => k, _ => 0 }; //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *r = 1;
    v
}
