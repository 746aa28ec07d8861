// invalid (pat36): a `mut` binding through `&r` (default binding modes peel both references, the 2021
// `mut` reset binds by value) moves the Guard: E0507 at the scrutinee
async fn f(n: u32, r: &Option<Guard>) -> u32 {
    match &r { //~ ERROR [E0507] cannot move out of a shared reference
        Some(mut g) => 1,
        None => 0,
    }
}
