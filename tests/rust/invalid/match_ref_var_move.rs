// invalid (pat36): `&&Some(g)` through `&r` (r a `&Option<Guard>`) binds the Guard by value: rustc's E0507 at
// the scrutinee
async fn f(n: u32, r: &Option<Guard>) -> u32 {
    match &r { //~ ERROR [E0507] cannot move out of a shared reference
        &&Some(g) => 1,
        _ => 0,
    }
}
