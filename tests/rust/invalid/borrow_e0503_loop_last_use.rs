// invalid: `r`'s last use in the source is before `v += 1`, but inside the loop: the next
// iteration uses it again, so its loan is live at `v += 1` (E0503)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let r = &mut v;
    let mut i = 0u32;
    while i < 2 {
        *r += 1;
        v += 1; //~ ERROR [E0503] cannot use `v` because it was mutably borrowed
        i += 1;
    }
    v
}
