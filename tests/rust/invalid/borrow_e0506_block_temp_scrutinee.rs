// invalid: the async block holds the scrutinee's temporary (an `Option<Guard>`, drop glue)
// across its await, so its witness needs drop and dropping the block at the end of the scope
// uses its capture `&v` (E0506); the same block matching an `Option<u32>` is accepted
fn make(n: u32) -> Option<Guard> {
    if n == 0 { None } else { Some(guard(n)) }
}
async fn f(x: u32) -> u32 {
    let mut v = x;
    let b = async {
        match make(1) {
            Some(_) => { yield_now().await; v }
            None => 0,
        }
    };
    v = 5; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    v
}
