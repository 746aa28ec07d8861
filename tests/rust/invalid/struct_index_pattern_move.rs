// invalid: a struct pattern on an array element moves a Guard field out of the array (E0508)
struct G2 { g: Guard, v: u32 }
fn f(a: [G2; 2], i: usize) -> u32 {
    let G2 { g, v } = a[i]; //~ ERROR [E0508] cannot move out of type `[G2; 2]`, a non-copy array
    v
}
