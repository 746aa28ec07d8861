// invalid: a top binding moves a field; the struct used after (E0382)
struct P { a: u32, g: G }
enum G { A, B(Guard) }
fn f(p: P) -> u32 {
    match p.g { x => { let _k = x; } }
    let q = p; //~ ERROR [E0382] use of partially moved value: `p`
    0
}
