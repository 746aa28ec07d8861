// invalid: assigning through a promoted cast's reference (promo39: `&(K as u64)` is rustc's promoted, a
// `&'static u64`)
const K: u32 = 3;
fn f(n: u64) -> u64 {
    let r = &(K as u64);
    *r = n; //~ ERROR [E0594] cannot assign to `*r`, which is behind a `&` reference
    *r
}
