// invalid: an explicit `&mut` argument is not two-phase: the next argument's `&` conflicts (E0502)
fn add(to: &mut u32, from: &u32) { *to += *from; }
fn f() -> u32 {
    let mut v = 1u32;
    add(&mut v, &v); //~ ERROR [E0502] cannot borrow `v` as immutable because it is also borrowed as mutable
    v
}
