// invalid: a struct pattern on a dereference moves a Guard field out from behind the reference (E0507)
struct G2 { g: Guard, v: u32 }
fn f(r: &G2) -> u32 {
    match *r { //~ ERROR [E0507] cannot move out of `r.g` which is behind a shared reference
        G2 { g, v } => v,
    }
}
