// invalid: assigning through a promoted constant's reference (promo36: `&5u32` is rustc's promoted, a `&'static u32`)
fn f(n: u32) -> u32 {
    let r = &5u32;
    *r = n; //~ ERROR [E0594] cannot assign to `*r`, which is behind a `&` reference
    *r
}
