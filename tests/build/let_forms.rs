// covers: let, let mut, typed let, uninitialized let assigned later, `let _ =`, shadowing
fn lets(a: u32) -> u32 {
    let x = a;
    let mut y: u32 = 1;
    let z: u64;
    z = 7;
    let _ = observe(x);
    let x = x + y;
    y = x;
    y + (z as u32)
}
