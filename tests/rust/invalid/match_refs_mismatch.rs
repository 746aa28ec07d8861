// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0308 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
fn f(o: &mut Option<u32>) -> u32 {
    match o { &Some(x) => x, _ => 0 } //~ ERROR [E0308] mismatched types
}

