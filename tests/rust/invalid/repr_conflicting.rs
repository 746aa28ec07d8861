// invalid (repr40): two integer representations (E0566)
#[repr(u8, u16)] //~ ERROR [E0566] conflicting representation hints
enum E { A, B }
fn f() -> E { E::A }
