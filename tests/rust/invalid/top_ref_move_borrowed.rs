// invalid: the scrutinee moved while a top `ref` binding of it is live (E0505)
struct P { a: u32, g: Guard }
fn f(p: P) -> u32 {
    match p {
        ref q => {
            let s = p; //~ ERROR [E0505] cannot move out of `p` because it is borrowed
            q.a
        }
    }
}
