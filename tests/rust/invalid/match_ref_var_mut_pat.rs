// invalid (mref39): a `&mut x` arm of `match &r` (r a `&T`): the scrutinee is `&&T`, rustc's check_pat_ref
// rejects the `&mut` layer (E0308 at its `&`); coroslim said "not supported"
fn f(r: &Option<u32>) -> u32 {
    match &r {
        &&Some(x) => x,
        &mut x => 0, //~ ERROR [E0308] mismatched types
    }
}
