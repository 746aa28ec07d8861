// invalid: a top binding moves the scrutinee while it is borrowed (E0505)
struct P { a: u32, g: Guard }
fn f(p: P) -> u32 {
    let r = &p;
    let n = match p { q => q.a }; //~ ERROR [E0505] cannot move out of `p` because it is borrowed
    n + r.a
}
