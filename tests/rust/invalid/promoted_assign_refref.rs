// invalid: assigning through both references of a promoted `&&5u32` (promo36)
fn f(n: u32) -> u32 {
    let rr = &&5u32;
    **rr = n; //~ ERROR [E0594] cannot assign to `**rr`, which is behind a `&` reference
    **rr
}
