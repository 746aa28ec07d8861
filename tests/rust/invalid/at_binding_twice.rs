// invalid: `k @ p` binding a name the same pattern binds again (E0416)
enum E { B(u32, u32), N }
fn f(e: E) -> u32 {
    match e { E::B(k @ 1, k) => k, _ => 0 } //~ ERROR [E0416] identifier `k` is bound more than once in the same pattern
}
