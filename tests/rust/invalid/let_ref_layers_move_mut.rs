// invalid (pat36): `let &mut &mut G { g, .. } = &mut &mut h;` moves the Guard: rustc's E0507 names the
// outer reference's kind (its move path stops at the first deref from the temporary)
struct G { g: Guard, k: u32 }
fn f(n: u32) -> u32 {
    let mut h = G { g: guard(n), k: 1 };
    let &mut &G { ref g, k } = &mut &h;
    let &mut &mut G { g, .. } = &mut &mut h; //~ ERROR [E0507] cannot move out of a mutable reference
    n
}
