// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0594 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
fn f(o: &Option<u32>) {
    match o { Some(v) => *v += 1, None => {} } //~ ERROR [E0594] cannot assign to `*v`, which is behind a `&` reference
}

