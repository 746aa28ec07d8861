// invalid: assigning to an element through a shared reference: rustc names the place `r[_]` (its
// describe_place elides a deref an index follows; coroslim said `*r[_]` before promo39)
fn f(r: &[u32; 2]) -> u32 {
    (*r)[0] = 5; //~ ERROR [E0594] cannot assign to `r[_]`, which is behind a `&` reference
    (*r)[1]
}
