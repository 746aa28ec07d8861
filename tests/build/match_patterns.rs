// The match tree's tests for the patterns of issue 22 item 4 (async fns without awaits: compare_mir.py
// checks them against rustc's dumps): an integer literal inside a variant (TestKind::SwitchInt on the field, no discriminant temp, the targets
// in the order the values appear), a bool literal (TestKind::If: [0: false, otherwise: true]), an
// or-pattern with a binding (each alternative a leaf binding the same local, then the arm's block), a
// nested if-let, a struct pattern's field literal inside a variant.
struct P(u8, u32);
enum E { A(u32), B(u32, bool), C(P), N }

async fn lits(e: E) -> u32 {
    match e {
        E::A(7) => 1,
        E::B(_, true) => 2,
        E::A(3) => 3,
        E::A(x) | E::B(x, false) => x,
        E::C(P(0, y)) => y,
        _ => 0,
    }
}

async fn iflet(o: Option<Option<u32>>) -> u32 {
    if let Some(Some(5)) = o { 1 } else if let Some(Some(k)) = o { k } else { 0 }
}
