// invalid (refref33): assigning through `**r` where the outer reference is shared
fn bump(r: &&mut u32) {
    **r += 1; //~ ERROR [E0594] cannot assign to `**r`, which is behind a `&` reference
}
