// invalid (mref39): `mut g` under `match &mut r` binds by value (the 2021 reset), moving the Guard out:
// E0507 at the scrutinee, "a mutable reference"
fn f(mut r: &mut Option<Guard>) -> u32 {
    match &mut r { //~ ERROR [E0507] cannot move out of a mutable reference
        Some(mut g) => 1,
        None => 0,
    }
}
